@testable import RedactEval

/// The two synthetic documents whose figures `EvalScorerTests` works out by hand.
///
/// Document A (az), 34 code points, spaces at 5, 14, 18, 24, 27:
///
///     Elçin Hüseynov met Elçin in Gəncə.
///     0         1         2         3
///     0123456789012345678901234567890123
///
/// gold: PERSON 0..<14 (p1), PERSON 19..<24 (p1), LOCATION 28..<33;
/// predicted: PERSON 0..<14 `names` "Kamran Əliyev", PERSON 19..<22 `names` "Kamran",
/// PERSON 15..<18 `names` "Rauf" (over "met": a false alarm).
///
/// Document B (ru), 13 code points, spaces at 6 and 8: `Гянджа 😀 Анна`;
/// gold: LOCATION 0..<6, PERSON 9..<13; predicted: LOCATION 0..<6 `places` "Xaçmaz",
/// PERSON 9..<13 `names` "Leyla", DATE 7..<8 `dates` (over the emoji; DATE has no gold, so it is
/// unscored).
enum ScoringFixture {
    static let documentA = GoldDocument(id: "A", text: "Elçin Hüseynov met Elçin in Gəncə.", language: "az", spans: [
        GoldSpan(codePointRange: 0..<14, label: "PERSON", entity: "p1"),
        GoldSpan(codePointRange: 19..<24, label: "PERSON", entity: "p1"),
        GoldSpan(codePointRange: 28..<33, label: "LOCATION"),
    ])
    static let predictionsA = [
        PredictedSpan(codePointRange: 0..<14, label: "PERSON", ruleID: "names", replacement: "Kamran Əliyev"),
        PredictedSpan(codePointRange: 19..<22, label: "PERSON", ruleID: "names", replacement: "Kamran"),
        PredictedSpan(codePointRange: 15..<18, label: "PERSON", ruleID: "names", replacement: "Rauf"),
    ]
    static let documentB = GoldDocument(id: "B", text: "Гянджа 😀 Анна", language: "ru", spans: [
        GoldSpan(codePointRange: 0..<6, label: "LOCATION"),
        GoldSpan(codePointRange: 9..<13, label: "PERSON"),
    ])
    static let predictionsB = [
        PredictedSpan(codePointRange: 0..<6, label: "LOCATION", ruleID: "places", replacement: "Xaçmaz"),
        PredictedSpan(codePointRange: 9..<13, label: "PERSON", ruleID: "names", replacement: "Leyla"),
        PredictedSpan(codePointRange: 7..<8, label: "DATE", ruleID: "dates"),
    ]

    static func report(options: EvalOptions = .init()) throws -> EvalReport {
        var scorer = EvalScorer(options: options)
        try scorer.add(document: documentA, predictions: predictionsA)
        try scorer.add(document: documentB, predictions: predictionsB)
        return scorer.finish()
    }
}
