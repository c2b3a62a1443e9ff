import RedactRules

/// Speaker labels of transcripts: the name before the colon at the start of a line.
extension NameReading {
    /// A person's find for `run` when it is a speaker label: up to three capitalized words at
    /// the start of a line, right before a colon (`ELÇİN:`, `Elçin Hüseynov:`), that are not
    /// a role (`names.speaker-roles`: `INTERVIEWER:`, `Muhabir:`) and not all ordinary words
    /// (`Note:`). A transcript names its speakers here and nowhere else, so the label alone
    /// is evidence enough.
    mutating func speakerLabel(_ run: Range<Int>) -> Find? {
        guard isLineStart(before: run.lowerBound), run.count <= 3, followedByColon(run.upperBound - 1) else { return nil }
        let words = run.map { analyses[$0] }
        let isRole = run.contains { rules.speakerRoles.contains(foldToken($0)) }
        let ordinary = words.allSatisfy { $0 != nil && ($0!.flags.isCommon || $0!.isExcluded) && !$0!.isName }
        guard !isRole && !ordinary else { return nil }
        return Find(start: Int(tokens[run.lowerBound].start), end: Int(tokens[run.upperBound - 1].end),
                    rule: personRule, keys: run.flatMap { analyses[$0]?.keys ?? [] })
    }
}
