/// How figures are written in the terminal and HTML reports: fixed decimals, no locale, so the
/// same report always renders to the same text.
public enum FigureFormat {
    /// `0.12345` as `12.3%` (`digits` decimals); `-` when undefined. A rate above 0 never
    /// shows as 0 nor one below 1 as 100 (`<0.1%`, `>99.9%`): a leak of a few characters in a
    /// large corpus is still a leak, and one collision makes stand-ins not all distinct.
    public static func percent(_ value: Double?, digits: Int = 1) -> String {
        guard let value else { return "-" }
        let text = fixed(value * 100, digits: digits)
        var step = 1.0
        for _ in 0..<digits { step /= 10 }
        let smallest = fixed(step, digits: digits)
        if value > 0 && text == fixed(0, digits: digits) { return "<" + smallest + "%" }
        if value < 1 && text == fixed(100, digits: digits) { return ">" + fixed(100 - step, digits: digits) + "%" }
        return text + "%"
    }

    /// A change of a rate in percentage points, signed: `+1.25 pp`; `-` when undefined.
    public static func points(_ change: Double?, digits: Int = 1) -> String {
        guard let change else { return "-" }
        let text = fixed(change * 100, digits: digits)
        return (text.hasPrefix("-") ? text : "+" + text) + " pp"
    }

    /// `value` with `digits` decimals, rounded half away from zero.
    public static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
        }
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    /// `1234567` as `1,234,567`.
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (position, digit) in digits.enumerated() {
            if position > 0 && (digits.count - position) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
