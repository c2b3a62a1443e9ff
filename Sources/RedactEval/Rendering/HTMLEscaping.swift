/// Makes text safe inside HTML elements and attribute values, and turns labels into id tokens.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `label` as the tail of an element id: ASCII letters, digits, `-` and `_` kept, anything
    /// else written as `_`, so `id="leak-PERSON"` stays a plain CSS selector.
    static func idToken(_ label: String) -> String {
        String(String.UnicodeScalarView(label.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? scalar : "_"
        }))
    }
}
