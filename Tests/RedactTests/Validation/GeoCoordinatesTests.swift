import Testing
@testable import Redact

@Suite("GeoCoordinates")
struct GeoCoordinatesTests {
    static func dms(_ d: Double, _ m: Double, _ s: Double) -> Double { d + m / 60 + s / 3600 }

    static let pairs: [(String, Double, Double)] = [
        ("40.4093, 49.8671", 40.4093, 49.8671),
        ("40.4093° N, 49.8671° E", 40.4093, 49.8671),
        ("-33.8688, 151.2093", -33.8688, 151.2093),
        ("33.8688°S 151.2093°E", -33.8688, 151.2093),
        ("40°24′33″N 49°52′02″E", dms(40, 24, 33), dms(49, 52, 2)),
        ("55°45'21\"N, 37°37'04\"W", dms(55, 45, 21), -dms(37, 37, 4)),
        ("41° 00.49′ N 28° 58.70′ E", dms(41, 0.49, 0), dms(28, 58.70, 0)),
        // Hemispheres in words (Russian с. ш., в. д.): latitude first.
        ("43°07′12″ с. ш. 131°53′40″ в. д.", dms(43, 7, 12), dms(131, 53, 40)),
    ]

    @Test(arguments: pairs)
    func readsPairs(_ text: String, latitude: Double, longitude: Double) throws {
        let read = try #require(GeoCoordinates.read(text[...]))
        #expect(read.axes.count == 2)
        #expect(abs(read.axes[0].degrees - latitude) < 1e-9)
        #expect(abs(read.axes[1].degrees - longitude) < 1e-9)
    }

    @Test func readsOneCoordinateWithItsLetter() throws {
        let read = try #require(GeoCoordinates.read("40°24'33\"N"[...]))
        #expect(read.axes.count == 1)
        #expect(read.axes[0].letter == UInt8(ascii: "N"))
    }

    /// Out of range, minutes or seconds of 60, letters in the wrong place, a sign with a letter,
    /// two values below 1, degrees and minutes without a letter.
    @Test(arguments: [
        "95.1234, 20.5678", "45.1234, 200.5678", "40°70′00″N", "95°10′00″N", "40°24′60″N",
        "49.8671° E, 40.4093° N", "-40.4093° N, 49.8671° E", "0.1234, 0.5678", "40°24′", "40.5",
        "95°10′ с. ш. 37°37′ в. д.", "43°07′ с. ш. 181°00′ в. д.", "43°07′ 37°37′ 12°30′", "43°07′ с. ш. 37.5 в. д.",
    ])
    func rejectsWhatTheFormatForbids(_ text: String) {
        #expect(!GeoCoordinates.isValid(text[...]))
    }
}
