import RedactRules
import Testing
@testable import Redact

@Suite("MoneyStandIn")
struct MoneyStandInTests {
    static let words = NumberWords(lists: DefaultRules.spec.lists)

    static func make(_ text: String, seed: Int) -> String {
        var r = StandInCheck.random(seed)
        return MoneyStandIn.make(like: text[...], words: words, random: &r)
    }

    /// How each figure is read: value × 10^decimals, decimals, separators.
    @Test(arguments: [
        ("$12,500", 12500, 0, ",", nil), ("12.500 TL", 12500, 0, ".", nil), ("1 500 000 руб.", 1_500_000, 0, " ", nil),
        ("2,5 млн рублей", 25, 1, nil, ","), ("£1.2m", 12, 1, nil, "."), ("12,500.50 dollars", 1_250_050, 2, ",", "."),
        ("12.500,50 TL", 1_250_050, 2, ".", ","), ("AZN 1500", 1500, 0, nil, nil), ("5 min manat", 5, 0, nil, nil),
    ] as [(String, Int, Int, Unicode.Scalar?, Unicode.Scalar?)])
    func readsTheFigure(_ text: String, scaled: Int, decimals: Int, group: Unicode.Scalar?, decimal: Unicode.Scalar?) throws {
        let figure = try #require(MoneyStandIn.figure(in: Array(text.unicodeScalars)))
        #expect(figure.scaled == scaled)
        #expect(figure.decimals == decimals)
        #expect(figure.groupSeparator == group)
        #expect(figure.decimalSeparator == decimal)
    }

    /// A sum in digits: the same text around the figure, the figure within ×0.7–1.4 (one
    /// precision step more at the edges), in the same notation, never the original.
    @Test(arguments: ["$12,500", "12.500 TL", "3.000 TL", "1 500 000 руб.", "2,5 млн рублей", "500 тысяч рублей", "5 min manat",
                      "10 milyon lira", "£1.2m", "€300", "USD 2,000", "AZN 1500", "1500 AZN", "₼ 2 500", "12,500.50 dollars"])
    func digitsKeepSizeAndNotation(_ original: String) throws {
        let old = try #require(MoneyStandIn.figure(in: Array(original.unicodeScalars)))
        let oldScalars = Array(original.unicodeScalars)
        for seed in 0..<200 {
            let made = Self.make(original, seed: seed)
            #expect(made != original)
            let scalars = Array(made.unicodeScalars)
            let new = try #require(MoneyStandIn.figure(in: scalars))
            #expect(Array(scalars[..<new.range.lowerBound]) == Array(oldScalars[..<old.range.lowerBound]))
            #expect(Array(scalars[new.range.upperBound...]) == Array(oldScalars[old.range.upperBound...]))
            #expect(new.decimals == old.decimals)
            if new.scaled >= 1000 { #expect(new.groupSeparator == old.groupSeparator || old.groupSeparator == nil && new.groupSeparator == nil) }
            let ratio = Double(new.scaled) / Double(old.scaled)
            #expect(ratio >= 0.6 && ratio <= 1.6, "\(original) → \(made)")
        }
    }

    @Test func precisionFollowsTheOriginal() {
        for seed in 0..<100 {
            let made = Self.make("$12,500", seed: seed)
            // Hundreds: $8,800 … $17,500.
            #expect(made.hasSuffix("00"), "\(made)")
            let five = Self.make("5 min manat", seed: seed)
            #expect(five.hasSuffix(" min manat") && five.count == "5 min manat".count, "\(five)")
        }
    }

    /// A sum in words: one number word replaced by another of the same language, the rest kept.
    @Test(arguments: [
        ("five thousand dollars", "en"), ("Twenty-five thousand euros", "en"), ("beş min manat", "az"),
        ("on bin lira", "tr"), ("пять тысяч рублей", "ru"), ("две тысячи рублей", "ru"), ("Три тысячи евро", "ru"),
    ])
    func wordsStayWordsOfTheLanguage(_ original: String, language: String) {
        for seed in 0..<100 {
            let made = Self.make(original, seed: seed)
            #expect(made != original)
            let a = original.split(whereSeparator: { $0 == " " || $0 == "-" })
            let b = made.split(whereSeparator: { $0 == " " || $0 == "-" })
            #expect(a.count == b.count)
            let changed = zip(a, b).filter { $0 != $1 }
            #expect(changed.count == 1, "\(original) → \(made)")
            guard let (_, new) = changed.first else { continue }
            let places = Self.words.places(of: String(new), kinds: { _ in true })
            #expect(places.contains { Self.words.tables[$0.table].language == language }, "\(made)")
            // Capitalization follows the original word.
            #expect(new.first!.isUppercase == changed.first!.0.first!.isUppercase)
        }
    }

    /// Russian agreement: 2–4 stay 2–4 (тысячи), 5 and more stay 5 and more (тысяч); a
    /// feminine unit stays feminine.
    @Test func russianNumbersKeepTheirAgreement() {
        for seed in 0..<100 {
            #expect(Self.make("две тысячи рублей", seed: seed) == "три тысячи рублей")
            let many = Self.make("пять тысяч рублей", seed: seed)
            #expect(["шесть тысяч рублей", "семь тысяч рублей"].contains(many), "\(many)")
        }
    }

    @Test func aSumWithNoReplaceableWordComesBackUnchanged() {
        #expect(Self.make("тысяча рублей", seed: 1) == "тысяча рублей")
    }

    /// A figure with the sum in words in brackets: the figure moves and the number words in the
    /// brackets are replaced too (left, they would tell the original sum); the brackets, the
    /// currency and the words' language stay.
    @Test(arguments: ["10 000 (десять тысяч) рублей", "1.500 (bin beş yüz) TL", "2,000 (two thousand) dollars"])
    func aSumInWordsInBracketsIsReplacedWithItsFigure(_ text: String) throws {
        for seed in 0..<8 {
            let made = Self.make(text, seed: seed)
            let inner = { (t: String) in t.drop { $0 != "(" }.prefix { $0 != ")" } }
            #expect(inner(made) != inner(text), "seed \(seed): \(made)")
            #expect(made.contains("(") && made.hasSuffix(String(text.split(separator: ")").last ?? "")), "seed \(seed): \(made)")
            #expect(made.prefix { $0 != " " } != text.prefix { $0 != " " }, "seed \(seed): \(made)")
        }
    }
}
