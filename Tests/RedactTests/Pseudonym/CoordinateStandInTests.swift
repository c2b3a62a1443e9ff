import Testing
@testable import Redact

@Suite("CoordinateStandIn")
struct CoordinateStandInTests {
    static func make(_ text: String, seed: Int) -> String {
        var r = StandInCheck.random(seed)
        return CoordinateStandIn.make(like: text[...], random: &r)
    }

    /// Non-digit characters at the same places, except the hemisphere letters and a minus sign.
    static func layout(_ text: String) -> String {
        String(text.unicodeScalars.filter { !("0"..."9").contains($0) && !"NSEWnsew-−".unicodeScalars.contains($0) }.map(Character.init))
    }

    static func decimals(_ text: String) -> [Int] {
        var out: [Int] = [], count: Int?
        for c in text.unicodeScalars {
            if c == "." { count = 0 } else if ("0"..."9").contains(c) { count = count.map { $0 + 1 } } else if let n = count { out.append(n); count = nil }
        }
        return count.map { out + [$0] } ?? out
    }

    /// A valid point in the same notation and precision, 1–3 degrees from the original on each
    /// axis (a latitude never closer than 110 km).
    @Test(arguments: ["40.4093, 49.8671", "40.4093° N, 49.8671° E", "55.7558 37.6173", "-33.8688, 151.2093",
                      "41.0082°N 28.9784°E", "40°24′33″N 49°52′02″E", "55°45'21\"N, 37°37'04\"E", "41° 00.49′ N 28° 58.70′ E",
                      "89.5000, 179.5000", "-33.86 151.21", "40°24'33\"N", "43°07′12″ с. ш. 131°53′40″ в. д."])
    func movesOneToThreeDegrees(_ original: String) throws {
        let old = try #require(GeoCoordinates.read(original[...]))
        for seed in 0..<100 {
            let made = Self.make(original, seed: seed)
            let new = try #require(GeoCoordinates.read(made[...]), "\(original) → \(made)")
            #expect(new.axes.count == old.axes.count)
            #expect(Self.layout(made) == Self.layout(original), "\(original) → \(made)")
            #expect(Self.decimals(made) == Self.decimals(original), "\(original) → \(made)")
            for (a, b) in zip(old.axes, new.axes) {
                var distance = abs(a.degrees - b.degrees)
                if distance > 180 { distance = 360 - distance }
                #expect(distance >= 0.99 && distance <= 3.01, "\(original) → \(made)")
            }
        }
    }
}
