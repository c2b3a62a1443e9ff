extension DetectedSpan {
    /// The span as the JSON object `redact detect` and the C ABI's `redact_detect_json` write:
    /// `label`, `rule`, `start`/`end` (code points), `utf8_start`/`utf8_end`,
    /// `utf16_start`/`utf16_end`, `text`, `replacement`, `evidence` and `confidence`, and
    /// `alternative_label` when the kind is uncertain.
    public var jsonObject: [String: Any] {
        var object: [String: Any] = [
            "label": label, "rule": ruleID,
            "start": codePointRange.lowerBound, "end": codePointRange.upperBound,
            "utf8_start": utf8Range.lowerBound, "utf8_end": utf8Range.upperBound,
            "utf16_start": utf16Range.lowerBound, "utf16_end": utf16Range.upperBound,
            "text": text, "replacement": replacement, "evidence": evidence, "confidence": confidence,
        ]
        if let alternativeLabel { object["alternative_label"] = alternativeLabel }
        return object
    }
}
