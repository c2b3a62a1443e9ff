import Foundation
import Testing

/// `--jobs N` on inputs of many 64 KiB blocks, read as `redact` reads them: a file (read twice,
/// names learned first) and standard input (read once), block and line-buffered. The output of
/// every number of jobs is the output of one.
@Suite struct ParallelFilterCommandTests {
    /// About `kib` KiB of lines in which invented people are named in full now and then and by
    /// one word in between (names found in one block, linked in later ones), with varied numbers
    /// so that tags and stand-ins are numbered far into the text. One person is named in full
    /// only in the last tenth, after many mentions of her surname alone (a word no rule takes alone).
    static func document(kib: Int) -> String {
        let transcript = (try? String(contentsOf: RedactBinary.root.appendingPathComponent("Examples/transcript.txt"), encoding: .utf8)) ?? ""
        let source = transcript.split(separator: "\n").map(String.init)
        var out = ""
        var i = 0
        while out.utf8.count < kib * 1024 {
            let late = out.utf8.count > kib * 1024 * 9 / 10
            switch (i * 7919) % 9 {
            case 0: out += "Elçin Hüseynov dünən Gəncədə idi, Hüseynov bəy dedi.\n"
            case 1: out += "Sonra Elçin gəldi və Qubaya getdi \(i).\n"
            case 2: out += late ? "Alice Stone agreed at meeting \(i).\n" : "Stone agreed at meeting \(i).\n"
            case 3: out += "Quliyev bəy zəng etdi: +994 50 \(100 + i % 900) \(10 + i % 90) \(10 + (i / 7) % 90).\n"
            case 4: out += "Суд передал дело Гусейнову, Эльчин Гусейнов не пришёл \(i % 28 + 1) марта.\n"
            case 5: out += "Write to desk\(i % 500)@example.org or call 050 \(200 + i % 700) \(10 + i % 90) \(10 + (i / 3) % 90).\n"
            default: out += source.isEmpty ? "\n" : source[i % source.count] + "\n"
            }
            i += 1
        }
        return out
    }

    @Test func aFileAndStandardInputGiveTheSameBytesForEveryNumberOfJobs() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let text = Self.document(kib: 900)
        try text.write(to: dir.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        for mode in [[] as [String], ["--line-buffered"]] {
            for source in ["file", "stdin"] {
                func run(_ jobs: Int) throws -> RedactBinary.Result {
                    let arguments = ["--key-file", key, "--jobs", "\(jobs)"] + mode
                    return source == "file" ? try RedactBinary.run(arguments + ["in.txt"], directory: dir)
                                            : try RedactBinary.run(arguments, input: text, directory: dir)
                }
                let one = try run(1)
                #expect(one.status == 0 && one.stdout.count > 800 * 1024, "\(source) \(mode)")
                #expect(!one.text.contains("Hüseynov") && !one.text.contains("Гусейнов") && !one.text.contains("desk7@"))
                for jobs in [2, 3] {
                    let many = try run(jobs)
                    #expect(many.status == 0)
                    #expect(many.stdout == one.stdout, "\(source) \(mode) --jobs \(jobs)")
                }
            }
        }
    }

    /// A file is read twice, so a name first found in full in its last tenth is replaced in the
    /// blocks before too, with any number of jobs; standard input keeps only its look-back.
    @Test func aNameFoundLateInAFileIsReplacedEarlierWithEveryNumberOfJobs() throws {
        let dir = try RedactBinary.temporaryDirectory()
        let key = try RedactBinary.keyFile(in: dir)
        let text = Self.document(kib: 500)
        try text.write(to: dir.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        let firstFull = try #require(text.range(of: "Alice Stone"))
        let before = text[..<firstFull.lowerBound].components(separatedBy: "Stone").count - 1
        #expect(before > 100)
        for jobs in [1, 2] {
            let file = try RedactBinary.run(["--key-file", key, "--jobs", "\(jobs)", "in.txt"], directory: dir)
            #expect(file.status == 0)
            #expect(!file.text.contains("Stone"), "--jobs \(jobs)")
            let stdin = try RedactBinary.run(["--key-file", key, "--jobs", "\(jobs)"], input: text)
            // Standard input is read once: the early mentions, blocks before the full name, stay.
            #expect(stdin.text.components(separatedBy: "Stone").count - 1 >= before / 2, "--jobs \(jobs)")
        }
    }
}
