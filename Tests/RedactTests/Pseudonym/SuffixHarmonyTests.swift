import Testing
@testable import Redact

@Suite struct SuffixHarmonyTests {
    @Test(arguments: [
        // (suffix, new stem, Azerbaijani?, expected)
        ("də", "Quba", true, "da"),
        ("dən", "Qusar", true, "dan"),
        ("da", "Şəki", true, "də"),
        ("in", "Aida", true, "nın"),       // genitive after a vowel takes its buffer n
        ("nın", "Rəşad", true, "ın"),      // and loses it after a consonant
        ("in", "Tural", true, "ın"),
        ("un", "Günel", true, "in"),
        ("ə", "Bərdə", true, "yə"),        // dative after a vowel: buffer y
        ("'de", "Ayvalık", false, "'ta"),  // Turkish d/t after a voiceless consonant
        ("'da", "İzmir", false, "'de"),
        ("'nin", "Ozan", false, "'ın"),
        ("'ın", "Ayşe", false, "'nin"),
        ("'ya", "Van", false, "'a"),
    ])
    func suffixFollowsTheNewStem(_ suffix: String, _ stem: String, _ azerbaijani: Bool, _ expected: String) {
        #expect(SuffixHarmony.fit(suffix, after: stem, azerbaijani: azerbaijani) == expected)
    }

    @Test func nonLatinTextIsLeftAlone() {
        #expect(SuffixHarmony.fit("у", after: "Петров", azerbaijani: false) == "у")
        #expect(SuffixHarmony.fit("də", after: "Баку", azerbaijani: true) == "də")
    }
}
