import Testing
@testable import Redact

@Suite("AgeStandIn")
struct AgeStandInTests {
    /// A reproducible stream per test seed (shared with the other stand-in tests).
    static func random(_ seed: Int) -> KeyedRandom { StandInCheck.random(seed) }

    static func make(_ text: String, seed: Int) -> String {
        var r = random(seed)
        return AgeStandIn.make(like: text[...], random: &r)
    }

    /// The numbers in `text`, in order.
    static func numbers(_ text: String) -> [Int] {
        var out: [Int] = [], current: Int?
        for c in text.unicodeScalars {
            if ("0"..."9").contains(c) {
                current = (current ?? 0) * 10 + Int(c.value - 48)
            } else if let n = current {
                out.append(n)
                current = nil
            }
        }
        return current.map { out + [$0] } ?? out
    }

    /// `text` with its numbers taken out.
    static func skeleton(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !("0"..."9").contains($0) }))
    }

    static func russianNominative(_ n: Int) -> String {
        if (11...14).contains(n % 100) { return "лет" }
        switch n % 10 {
        case 1: return "год"
        case 2, 3, 4: return "года"
        default: return "лет"
        }
    }

    static func russianGenitive(_ n: Int) -> String {
        n % 10 == 1 && n % 100 != 11 ? "года" : "лет"
    }

    static let seeds = 0..<400

    @Test(arguments: [0, 1, 2, 4, 5, 12, 16, 17, 18, 19, 20, 22, 23, 27, 45, 64, 99, 100, 120])
    func staysNearAndInRange(_ age: Int) {
        var seen: Set<Int> = []
        for seed in Self.seeds {
            let made = Self.make("aged \(age)", seed: seed)
            let new = try! #require(Self.numbers(made).first)
            #expect(made == "aged \(new)")
            #expect((1...5).contains(abs(new - age)), "\(age) → \(new)")
            #expect(new >= 0)
            if age >= 18 { #expect(new >= 18, "\(age) → \(new)") }
            seen.insert(new)
        }
        // Every allowed age turns up.
        let allowed = (age - 5...age + 5).filter { $0 != age && $0 >= 0 && (age < 18 || $0 >= 18) }
        #expect(seen == Set(allowed))
    }

    @Test(arguments: ["27-year-old", "27 yaşlı", "27 yaşında", "aged 27", "27 yaş", "27-летний", "27 jaar", "a 27-year-old man"])
    func keepsEverythingButTheNumber(_ text: String) {
        for seed in Self.seeds.prefix(50) {
            let made = Self.make(text, seed: seed)
            #expect(Self.skeleton(made) == Self.skeleton(text), "\(text) → \(made)")
            #expect(Self.numbers(made).count == 1)
        }
    }

    @Test func sameSeedSameAge() {
        for seed in Self.seeds.prefix(50) {
            #expect(Self.make("27 лет", seed: seed) == Self.make("27 лет", seed: seed))
        }
    }

    @Test(arguments: [1, 2, 5, 11, 19, 20, 21, 22, 24, 25, 27, 30, 31, 32, 44, 101, 111, 112, 121])
    func russianAgreement(_ age: Int) {
        for seed in Self.seeds.prefix(100) {
            let made = Self.make("\(age) \(Self.russianNominative(age))", seed: seed)
            let new = Self.numbers(made)[0]
            #expect(made == "\(new) \(Self.russianNominative(new))", "\(age) → \(made)")
        }
    }

    @Test(arguments: [
        "в возрасте 21 года", "в возрасте 25 лет", "старше 22 лет", "от 21 года", "до 30 лет",
        "в возрасте 11 лет", "около 41 года",
    ])
    func russianGenitiveAgreement(_ text: String) {
        for seed in Self.seeds.prefix(100) {
            let made = Self.make(text, seed: seed)
            let new = Self.numbers(made)[0]
            let head = text.prefix { !("0"..."9").contains($0) }
            #expect(made == "\(head)\(new) \(Self.russianGenitive(new))", "\(text) → \(made)")
        }
    }

    @Test func russianExamples() {
        // Find seeds giving each new age, then check the word.
        let expected = [21: "21 год", 22: "22 года", 25: "25 лет", 23: "23 года", 24: "24 года", 26: "26 лет"]
        var found: [Int: String] = [:]
        for seed in Self.seeds {
            let made = Self.make("26 лет", seed: seed)
            found[Self.numbers(made)[0]] = made
        }
        for (age, text) in expected where age != 26 { #expect(found[age] == text) }
        var teens: [Int: String] = [:]
        for seed in Self.seeds { let made = Self.make("11 лет", seed: seed); teens[Self.numbers(made)[0]] = made }
        #expect(teens[6] == "6 лет" && teens[10] == "10 лет" && teens[12] == "12 лет" && teens[14] == "14 лет" && teens[15] == "15 лет")
        var old: [Int: String] = [:]
        for seed in Self.seeds { let made = Self.make("112 года", seed: seed); old[Self.numbers(made)[0]] = made }
        #expect(old[111] == "111 лет" && old[113] == "113 лет" && old[107] == "107 лет" && old[110] == "110 лет")
        #expect(old.count == 10)
    }

    @Test func capitalizationOfTheWordKept() {
        for seed in Self.seeds.prefix(50) {
            let made = Self.make("27 ЛЕТ", seed: seed)
            let new = Self.numbers(made)[0]
            #expect(made == "\(new) \(Self.russianNominative(new).uppercased())")
        }
    }

    @Test func englishYearAgreement() {
        var outcomes: [Int: String] = [:]
        for seed in Self.seeds { let made = Self.make("2 years old", seed: seed); outcomes[Self.numbers(made)[0]] = made }
        #expect(outcomes[1] == "1 year old")
        #expect(outcomes[3] == "3 years old")
        #expect(outcomes[0] == "0 years old")
        var fromOne: [Int: String] = [:]
        for seed in Self.seeds { let made = Self.make("1 year old", seed: seed); fromOne[Self.numbers(made)[0]] = made }
        #expect(fromOne[2] == "2 years old" && fromOne[6] == "6 years old" && fromOne[0] == "0 years old")
        // A compound keeps its singular.
        for seed in Self.seeds.prefix(20) { #expect(Self.make("2-year-old", seed: seed).hasSuffix("-year-old")) }
    }

    @Test func rangeMovesTogether() {
        for seed in Self.seeds.prefix(100) {
            let made = Self.make("25–30 лет", seed: seed)
            let n = Self.numbers(made)
            #expect(n.count == 2 && n[1] - n[0] == 5 && n[0] >= 18, "\(made)")
            #expect(made == "\(n[0])–\(n[1]) \(Self.russianNominative(n[1]))")
        }
    }

    @Test func leadingZeroKeepsWidth() {
        for seed in Self.seeds.prefix(50) {
            let made = Self.make("aged 07", seed: seed)
            #expect(made.unicodeScalars.count == "aged 07".unicodeScalars.count, "\(made)")
        }
    }

    @Test func withoutANumberUnchanged() {
        #expect(Self.make("twenty-seven years old", seed: 1) == "twenty-seven years old")
        #expect(Self.make("", seed: 1) == "")
        #expect(Self.make("aged 12345678", seed: 1) == "aged 12345678")
    }

    /// The run's one amount moves every age alike; where it would take an adult below 18 or a
    /// number below 0, the fitting amount nearest to it does.
    @Test(arguments: AgeStandIn.deltas)
    func oneAmountMovesEveryAgeAlike(delta: Int) {
        for age in [0, 3, 17, 18, 19, 22, 27, 40, 85] {
            let made = AgeStandIn.make(like: "\(age)-year-old"[...], delta: delta)
            let new = Self.numbers(made)[0]
            #expect(made == "\(new)-year-old")
            #expect(new >= 0 && (age < 18 || new >= 18), "\(age) → \(new)")
            let fitting = AgeStandIn.deltas.filter { age + $0 >= 0 && (age < 18 || age + $0 >= 18) }
            if fitting.contains(delta) {
                #expect(new == age + delta)
            } else {
                // The nearest amount that fits: never farther from `delta` than any other.
                #expect(fitting.allSatisfy { abs($0 - delta) >= abs(new - age - delta) }, "\(age) → \(new) for \(delta)")
            }
        }
    }

    /// In a run, two people's ages keep their difference, with the key's one amount.
    @Test(arguments: [UInt8(1), 2, 3, 4, 5, 6])
    func agesOfARunKeepTheirDifferences(seed: UInt8) throws {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 37 + 5) }
        bytes[0] = seed
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
        let spans = engine.detect("The 34-year-old driver and his 29-year-old brother were released; a 41-year-old witness spoke.")
        let ages = try spans.filter { $0.label == "AGE" }.map { try #require(Self.numbers($0.replacement ?? "").first) }
        try #require(ages.count == 3)
        #expect(ages[0] - ages[1] == 5 && ages[2] - ages[0] == 7, "key \(seed): \(ages)")
        #expect(ages[0] != 34)
    }
}
