import Benchmark
@_spi(Benchmarks) import Redact

// Micro-benchmarks of the engine's hot paths; README.md says what each measures and how to run them.
//
// Names hold no spaces or slashes: `thresholds update` writes `Thresholds/TARGET.NAME.p90.json` with
// those replaced by `_`, but `thresholds check` looks the file up by the name as it is.
//
// Every benchmark does one call of its hot path per iteration, on fixed synthetic input made in
// its setup (outside the measurement), so the counts are per call and the same on every run.
// The committed thresholds (Thresholds/) hold only stable counts: malloc calls and, on a
// machine with hardware performance counters, instructions. Times and peak memory are reported,
// never checked: they are compared as ratios between benchmarks of one run, or between two
// baselines taken one after the other on the same machine.

/// How far a benchmark's malloc count may move before a check fails.
enum MallocTolerance {
    /// A share of the count, for counts in the thousands.
    case percent(Double)
    /// A number of calls, for counts near zero, where a share would be less than one call (and a
    /// threshold of 0 would let any growth through: the framework takes a change from 0 as 0 %).
    case calls(Int)
}

/// Tolerances for `benchmark thresholds check` and `baseline check`: mallocs as given,
/// instructions 3 %, and none for times and memory, which never fail a check.
///
/// Malloc counts are exact from run to run when only counts are measured (`--metric
/// mallocCountTotal`); with peak memory measured too, the framework's sampling thread adds a few
/// calls (4 per 5 ms sample), which the tolerances absorb.
func thresholds(mallocs: MallocTolerance) -> [BenchmarkMetric: BenchmarkThresholds] {
    let mallocThresholds: BenchmarkThresholds
    switch mallocs {
    case .percent(let share): mallocThresholds = BenchmarkThresholds(relative: [.p90: share])
    case .calls(let count): mallocThresholds = BenchmarkThresholds(absolute: [.p90: count])
    }
    return [
        .mallocCountTotal: mallocThresholds,
        .instructions: BenchmarkThresholds(relative: [.p90: 3.0]),
        .wallClock: BenchmarkThresholds(),
        .peakMemoryResident: BenchmarkThresholds(),
    ]
}

/// The configuration of every benchmark: one hot-path call per iteration, a few warm-up calls
/// (ICU and the caches of a session settle in the first), at most 2 s or 2,000 calls.
func configuration(mallocs: MallocTolerance) -> Benchmark.Configuration {
    .init(
        metrics: [.wallClock, .instructions, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 3,
        scalingFactor: .one,
        maxDuration: .seconds(2),
        maxIterations: 2_000,
        thresholds: thresholds(mallocs: mallocs)
    )
}

/// The fixed key of the engine-level benchmarks: stand-ins are then the same on every run.
func makeEngine() -> RedactionEngine {
    let key = try! RedactionKey(bytes: Array(repeating: 7, count: 32))
    return try! RedactionEngine(configuration: RedactionConfiguration(key: key))
}

/// 64 KiB of mixed en/az/ru/tr text (segmentation, word lists, resolution).
func text64K() -> String { Inputs.mixedText(utf8Count: 64 * 1_024, seed: 64) }

/// 16 KiB of mixed en/az/ru/tr text (output writing, end to end).
func text16K() -> String { Inputs.mixedText(utf8Count: 16 * 1_024, seed: 16) }

let benchmarks: @Sendable () -> Void = {
    // 1. Word segmentation of 64 KiB as the scanner runs it: the fast path, ICU for what it leaves.
    Benchmark("Segmentation-64KiB", configuration: configuration(mallocs: .calls(8))) { benchmark, segmentation in
        for _ in benchmark.scaledIterations {
            blackHole(segmentation.run())
        }
    } setup: {
        BenchmarkHooks.Segmentation(text: text64K())
    }

    // 1b. The same 64 KiB segmented by ICU's break iterator alone: the reference of 1 (same tokens).
    Benchmark("Segmentation-ICU-64KiB", configuration: configuration(mallocs: .calls(8))) { benchmark, segmentation in
        for _ in benchmark.scaledIterations {
            blackHole(segmentation.run())
        }
    } setup: {
        BenchmarkHooks.Segmentation(text: text64K(), icuOnly: true)
    }

    // 2a. Word-table lookups (word-list and cue rules) of the first 4,096 words of the 64 KiB text.
    Benchmark("WordTable-4096-words", configuration: configuration(mallocs: .calls(8))) { benchmark, lookup in
        for _ in benchmark.scaledIterations {
            blackHole(lookup.run())
        }
    } setup: {
        BenchmarkHooks.WordListLookup(engine: makeEngine(), words: Inputs.words(of: text64K(), limit: 4_096))
    }

    // 2b. Lexicon lookups (common-word flags, name and place entries) of 1,024 capitalized words.
    Benchmark("Lexicon-1024-words", configuration: configuration(mallocs: .percent(2))) { benchmark, lookup in
        for _ in benchmark.scaledIterations {
            blackHole(lookup.run())
        }
    } setup: {
        BenchmarkHooks.LexiconLookup(words: Inputs.words(of: text64K(), limit: 1_024, capitalizedOnly: true))
    }

    // 3. Overlap resolution of 4,096 synthetic candidates over the 64 KiB text.
    Benchmark("Resolution-4096-candidates", configuration: configuration(mallocs: .calls(8))) { benchmark, resolution in
        for _ in benchmark.scaledIterations {
            blackHole(resolution.run())
        }
    } setup: { () -> BenchmarkHooks.Resolution in
        let text = text64K()
        return BenchmarkHooks.Resolution(text: text, candidates: Inputs.candidates(over: text, count: 4_096, seed: 3))
    }

    // 4. Output writing: the detected spans of 16 KiB replaced (stand-ins, suffixes, span offsets).
    Benchmark("Output-16KiB", configuration: configuration(mallocs: .percent(2))) { benchmark, output in
        for _ in benchmark.scaledIterations {
            output.reset()  // a fresh document with its names learned, as `redact` has it: not measured
            benchmark.startMeasurement()
            blackHole(output.run())
            benchmark.stopMeasurement()
        }
    } setup: {
        BenchmarkHooks.Output(engine: makeEngine(), text: text16K())
    }

    // 5. End to end: `RedactionEngine.redact` of 16 KiB (a session, two readings, output, spans).
    Benchmark("Engine-redact-16KiB", configuration: configuration(mallocs: .percent(2))) { benchmark, state in
        for _ in benchmark.scaledIterations {
            blackHole(state.engine.redact(state.text).spans.count)
        }
    } setup: {
        (engine: makeEngine(), text: text16K())
    }

    // Stages of `redact` on new text (issue 12): each regression shows by the stage's name.

    // 6. Word analysis of 1,024 distinct capitalized words (en/az/ru/tr), as name detection makes
    //    it for each word it has not met before.
    Benchmark("WordAnalysis-1024-words", configuration: configuration(mallocs: .percent(2))) { benchmark, analysis in
        for _ in benchmark.scaledIterations {
            blackHole(analysis.run())
        }
    } setup: {
        BenchmarkHooks.NameWordAnalysis(engine: makeEngine(), words: Inputs.analysisWords(count: 1_024, seed: 6))
    }

    // 7. Name detection of 16 KiB of segmented text whose names are new: the detector's word
    //    analyses emptied before each call, as for a text it reads first.
    Benchmark("NameModel-16KiB", configuration: configuration(mallocs: .percent(2))) { benchmark, detection in
        for _ in benchmark.scaledIterations {
            detection.reset()  // no word met before: not measured
            benchmark.startMeasurement()
            blackHole(detection.run())
            benchmark.stopMeasurement()
        }
    } setup: {
        BenchmarkHooks.NameDetection(engine: makeEngine(), text: Inputs.namesText(utf8Count: 16 * 1_024, seed: 7))
    }

    // 8. The default rule set's pattern rules (no word lists, cues or names) over 16 KiB dense in
    //    dates, times, phones, case numbers and sums of money.
    Benchmark("RegexRules-16KiB", configuration: configuration(mallocs: .percent(2))) { benchmark, patterns in
        for _ in benchmark.scaledIterations {
            blackHole(patterns.run())
        }
    } setup: {
        BenchmarkHooks.PatternRules(engine: makeEngine(), text: Inputs.patternText(utf8Count: 16 * 1_024, seed: 8))
    }

    // 9. Stand-ins for 128 people, 64 places and 64 organizations, all distinct, chosen afresh
    //    by a new pseudonymizer (a new document) before each call.
    Benchmark("StandIns-256-values", configuration: configuration(mallocs: .percent(2))) { benchmark, standIns in
        for _ in benchmark.scaledIterations {
            standIns.reset()  // a new document, no stand-in chosen: not measured
            benchmark.startMeasurement()
            blackHole(standIns.run())
            benchmark.stopMeasurement()
        }
    } setup: { () -> BenchmarkHooks.StandIns in
        let values = Inputs.standInValues(count: 128, seed: 9)
        return BenchmarkHooks.StandIns(engine: makeEngine(), people: values.people, places: values.places,
                                       organizations: values.organizations)
    }
}
