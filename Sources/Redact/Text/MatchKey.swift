import CICU

/// The form in which words are compared: NFKC case-folded with the Turkic i's merged.
///
/// Matching must not depend on the language of a word: `İstanbul`, `ISTANBUL` and `istanbul`,
/// `Iğdır` and `ığdır` must meet in one key, and so must a word typed with a soft hyphen or a
/// zero-width joiner inside it. NFKC_Casefold removes default-ignorable characters and folds
/// compatibility forms; the shim then maps `ı` and `İ`'s dot away so that `I ı İ i` are one.
///
/// ```swift
/// MatchKey.of("İstanbul") == MatchKey.of("ISTANBUL")  // true: both are "istanbul"
/// ```
public enum MatchKey {
    /// The matching key of `text`: how word lists, cues and protected names compare it.
    public static func of(_ text: String) -> String {
        let units = Array(text.utf16)
        var out: [UInt16] = []
        units.withUnsafeBufferPointer { append(key: $0, to: &out) }
        return String(decoding: out, as: UTF16.self)
    }

    /// Appends the matching key of `units` to `out`.
    ///
    /// ASCII words (most tokens in most text) take a fast path with no ICU call.
    static func append(key units: UnsafeBufferPointer<UInt16>, to out: inout [UInt16]) {
        var ascii = true
        for u in units where u >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for u in units { out.append(u >= 0x41 && u <= 0x5A ? u | 0x20 : u) }
            return
        }
        let start = out.count
        var capacity = units.count * 3 + 8
        while true {
            out.append(contentsOf: repeatElement(0, count: capacity))
            var error: Int32 = 0
            let written = out.withUnsafeMutableBufferPointer { buffer in
                rx_match_key(units.baseAddress, Int32(units.count), buffer.baseAddress! + start, Int32(capacity), &error)
            }
            if error == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                out.removeSubrange(start...)
                capacity = Int(written) + 8
                continue
            }
            if error > 0 {
                // Folding cannot fail on valid UTF-16 short of memory; fall back to the raw text.
                out.removeSubrange(start...)
                out.append(contentsOf: units)
                return
            }
            out.removeSubrange((start + Int(written))...)
            return
        }
    }
}

/// NFC normalization through ICU, for comparing values typed in decomposed and precomposed form.
public enum Normalization {
    /// The NFC form of `text`; `text` itself when it is already NFC.
    public static func nfc(_ text: String) -> String {
        let units = Array(text.utf16)
        var error: Int32 = 0
        if rx_is_nfc(units, Int32(units.count), &error) == 1 { return text }
        var capacity = units.count * 2 + 8
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            error = 0
            let written = rx_nfc(units, Int32(units.count), &out, Int32(capacity), &error)
            if error == 15 {
                capacity = Int(written) + 8
                continue
            }
            if error > 0 { return text }
            return String(decoding: out[..<Int(written)], as: UTF16.self)
        }
    }
}

/// Facts about the text services this build uses.
public enum TextServices {
    /// The version of the ICU library Redact is linked with, e.g. "72.1".
    public static var icuVersion: String { String(cString: rx_icu_version()) }
}
