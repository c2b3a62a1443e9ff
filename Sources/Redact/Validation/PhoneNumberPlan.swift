// Phone numbering facts for the supported regions.
//
// Provenance: the calling codes, trunk prefixes, number lengths and leading-digit prefixes
// below are derived from Google libphonenumber's metadata as shipped in the Python package
// `phonenumbers` 9.0.43 (https://github.com/daviddrysdale/python-phonenumbers), licensed
// under the Apache License, Version 2.0 (metadata Copyright (C) 2010-2026 The Libphonenumber
// Authors). The fixed-line and mobile number patterns were expanded into prefix tables and
// every prefix was cut to at most three digits, so a number is accepted when some valid
// fixed-line or mobile number of the same length starts with the same three digits. That
// keeps the tables small and also admits the ranges Ofcom and NANPA reserve for drama and
// documentation (07700 900xxx, 555-01xx), which the exact patterns reject. Toll-free,
// premium, shared-cost and similar service numbers are left out on purpose: they belong to
// businesses, not to people, so they are not personal data to redact. The area-code
// lengths used to keep the area code in stand-ins come from the metadata's number formats.

/// A country whose phone numbers `Validator.phone` understands.
///
/// The raw value is the ISO 3166-1 code that rule files write in `phone:AZ` or `phone:RU,KZ`.
public enum PhoneRegion: String, Sendable, CaseIterable {
    /// A supported country, by its ISO 3166-1 code: Azerbaijan, Russia, Kazakhstan, Turkey, the
    /// Netherlands, the United Kingdom, the United States, Canada or Germany.
    case az = "AZ", ru = "RU", kz = "KZ", tr = "TR", nl = "NL", gb = "GB", us = "US", ca = "CA",
        de = "DE"

    /// The international calling code: 994 for Azerbaijan, 7 for Russia and Kazakhstan, 1 for
    /// the United States and Canada.
    public var callingCode: Int {
        switch self {
        case .az: 994
        case .ru, .kz: 7
        case .tr: 90
        case .nl: 31
        case .gb: 44
        case .us, .ca: 1
        case .de: 49
        }
    }

    /// The trunk prefix dialled before a national number from inside the country: "8" in
    /// Russia and Kazakhstan, "1" (optional) in North America, "0" elsewhere.
    public var nationalPrefix: String {
        switch self {
        case .ru, .kz: "8"
        case .us, .ca: "1"
        default: "0"
        }
    }

    /// True when `digits` (ASCII digits only, no trunk prefix, no country code) is a valid
    /// national significant number of a fixed line or mobile phone in this region.
    public func isValidNationalSignificantNumber(_ digits: some StringProtocol) -> Bool {
        let bytes = Array(digits.utf8)
        guard bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return matchedPrefixLength(bytes[...]) != nil
    }

    /// The calling code as ASCII digits.
    var callingCodeDigits: [UInt8] { Array(String(callingCode).utf8) }

    /// Whether a national number is written without any trunk prefix (NANP: ten digits, the
    /// leading "1" is optional).
    var isNANP: Bool { self == .us || self == .ca }

    /// The length of the table prefix that makes `nsn` (ASCII digits) valid, or nil when it
    /// is not a valid number here. Stand-ins keep at least that many leading digits, so the
    /// number they make stays valid.
    func matchedPrefixLength(_ nsn: ArraySlice<UInt8>) -> Int? {
        if isNANP {
            // NANP: NXX-NXX-XXXX. The area code comes from the table; the exchange code must
            // start with 2-9 and must not be an N11 service code (211, 411, 911 …).
            guard nsn.count == 10 else { return nil }
            let exchange = nsn.index(nsn.startIndex, offsetBy: 3)
            let first = nsn[exchange]
            let second = nsn[exchange + 1]
            let third = nsn[exchange + 2]
            guard first >= 0x32, !(second == 0x31 && third == 0x31) else { return nil }
        }
        for block in PhoneNumberPlan.blocks(for: self) {
            if let length = block.prefixLength(matching: nsn) { return length }
        }
        return nil
    }

    /// How many leading digits of `nsn` name the operator or area rather than the
    /// subscriber. Stand-ins keep these so the result stays a number of the same kind and
    /// place; the split follows the metadata's number formats.
    func areaCodeLength(_ nsn: ArraySlice<UInt8>) -> Int {
        func digit(_ i: Int) -> UInt8 {
            i < nsn.count ? nsn[nsn.startIndex + i] : 0
        }
        switch self {
        case .az, .nl:
            // AZ: "50 123 45 67", "12 493 12 34"; NL: "6 12345678", "20 123 4567" (the
            // three-digit NL areas are already three-digit table prefixes).
            return 2
        case .ru, .kz, .tr, .us, .ca:
            return 3
        case .gb:
            // 020 and the other 02x cities have two-digit codes; mobiles 07xxx four; 01x1 and
            // 011x cities three; the remaining 01xxx areas four.
            switch digit(0) {
            case UInt8(ascii: "2"): return 2
            case UInt8(ascii: "7"): return 4
            case UInt8(ascii: "1"):
                return digit(1) == UInt8(ascii: "1") || digit(2) == UInt8(ascii: "1") ? 3 : 4
            default: return 3
            }
        case .de:
            if digit(0) == UInt8(ascii: "1") {
                // Mobile: 15xx (0151, 0152 …) carry four digits, 016x and 017x three.
                return digit(1) == UInt8(ascii: "5") ? 4 : 3
            }
            let firstTwo = nsn.prefix(2)
            if PhoneNumberPlan.germanTwoDigitAreas.contains(where: { $0.elementsEqual(firstTwo) }) {
                return 2
            }
            let firstThree = nsn.prefix(3)
            if PhoneNumberPlan.germanThreeDigitAreas.contains(where: {
                $0.elementsEqual(firstThree)
            }) {
                return 3
            }
            // Everything else has four digits (06221 Heidelberg, 02041 Bottrop). Some eastern
            // areas have five (035204); keeping four there lets the stand-in pick a nearby area,
            // which is still a valid number and leaks less.
            return 4
        }
    }
}

/// Reading phone numbers as people write them, against the per-region tables.
enum PhoneNumberPlan {
    /// A phone number as read from text.
    struct Reading: Equatable {
        /// The region whose rules accepted the number.
        var region: PhoneRegion
        /// Every ASCII digit of the text, in order (international prefix, country code,
        /// trunk prefix and a "(0)" included).
        var digits: [UInt8]
        /// Where the national significant number starts in `digits`; it runs to the end.
        var nationalStart: Int
        /// The length of the table prefix that made the national number valid.
        var prefixLength: Int

        /// The national significant number (ASCII digits).
        var nationalNumber: ArraySlice<UInt8> { digits[nationalStart...] }
    }

    /// The digits of a written number and the marks that decide how to read them.
    struct WrittenNumber: Equatable {
        /// The ASCII digits, in order.
        var digits: [UInt8] = []
        /// Whether the text starts with "+".
        var hasPlus = false
        /// The index in `digits` of a "0" standing alone in parentheses, as in
        /// "+44 (0)20 …": a trunk prefix shown for national callers, skipped internationally.
        var parenthesizedZero: Int?
    }

    /// Reads `text` as a phone number of one of `regions` (all supported regions when empty).
    ///
    /// `+CC…` and `00CC…` are international: the country code picks the region (+7 is Russia
    /// or Kazakhstan, +1 the United States or Canada, told apart by the national number).
    /// Anything else is national and must start with the trunk prefix ("0", or "8" in Russia
    /// and Kazakhstan); North American numbers are ten digits with an optional leading "1".
    static func read(_ text: Substring, regions: [PhoneRegion]) -> Reading? {
        guard let written = scan(text) else { return nil }
        let digits = written.digits
        var international = written.hasPlus
        var codeStart = 0
        if !international && digits.count > 2 && digits[0] == 0x30 && digits[1] == 0x30 {
            // "00" is the international prefix in all supported regions outside North America
            // and the former USSR, and no national number begins with it, so it is safe to
            // read everywhere.
            international = true
            codeStart = 2
        }
        if let reading = read(written, international: international, codeStart: codeStart, regions: regions) { return reading }
        // "994501234567": a country code written without "+" or "00", as copied from a
        // messenger. No national number outside North America starts with a country code
        // and has the full international length, so it is read as international last.
        if !international, !written.digits.isEmpty {
            return read(written, international: true, codeStart: 0, regions: (regions.isEmpty ? PhoneRegion.allCases : regions).filter { !$0.isNANP })
        }
        return nil
    }

    private static func read(_ written: WrittenNumber, international: Bool, codeStart: Int, regions: [PhoneRegion]) -> Reading? {
        let digits = written.digits
        for region in regions.isEmpty ? PhoneRegion.allCases : regions {
            var start: Int
            if international {
                let code = region.callingCodeDigits
                guard digits[codeStart...].starts(with: code) else { continue }
                start = codeStart + code.count
                if written.parenthesizedZero == start { start += 1 }
            } else {
                guard let nationalStart = nationalStart(of: digits, in: region) else { continue }
                start = nationalStart
            }
            guard start < digits.count else { continue }
            if let length = region.matchedPrefixLength(digits[start...]) {
                return Reading(
                    region: region, digits: digits, nationalStart: start, prefixLength: length)
            }
            // "+44 020 …": the trunk "0" kept after the country code is a common slip, and the
            // number is still unmistakably a phone number, so read past it.
            if international, !region.isNANP, digits[start] == 0x30, start + 1 < digits.count,
                let length = region.matchedPrefixLength(digits[(start + 1)...])
            {
                return Reading(
                    region: region, digits: digits, nationalStart: start + 1,
                    prefixLength: length)
            }
        }
        return nil
    }

    /// Where the national significant number starts when `digits` is written in the
    /// national form of `region`, or nil when it is not.
    static func nationalStart(of digits: [UInt8], in region: PhoneRegion) -> Int? {
        if region.isNANP {
            if digits.count == 10 { return 0 }
            if digits.count == 11 && digits[0] == 0x31 { return 1 }
            return nil
        }
        let trunk: UInt8 = (region == .ru || region == .kz) ? 0x38 : 0x30
        return digits.first == trunk ? 1 : nil
    }

    /// The digits and marks of `text`, or nil when it cannot be a written phone number.
    ///
    /// Allowed besides digits: a leading "+" (also as "(+994) …"), spaces (plain, no-break, narrow no-break,
    /// thin), one "-", "." or "/" between two digit groups, and one pair of parentheses
    /// around digits. Everything else (",", ":", "–", letters) marks prices, times, ranges or
    /// words. Three groups shaped like a date (dd.mm.yyyy, yyyy-mm-dd, with one repeated
    /// punctuation mark) are refused because some dates are also valid German numbers.
    static func scan(_ text: Substring) -> WrittenNumber? {
        var written = WrittenNumber()
        var groupLengths: [Int] = []
        var gapMarks: [UInt32] = []  // the punctuation in each gap between groups, 0 if none
        var runLength = 0
        var gapMark: UInt32 = 0
        var parenthesisOpenedAt: Int?
        var isFirst = true
        var previousWasPlus = false
        var lastWasDigit = false
        // "(+994) 50 …": a "+" right after an opening parenthesis that starts the number.
        var plusMayFollow = false

        for scalar in text.unicodeScalars {
            let v = scalar.value
            let mayTakePlus = isFirst || plusMayFollow
            plusMayFollow = false
            defer { isFirst = false }
            if previousWasPlus && !(0x30...0x39).contains(v) { return nil }
            previousWasPlus = false
            if (0x30...0x39).contains(v) {
                if runLength == 0 && !written.digits.isEmpty {
                    gapMarks.append(gapMark)
                    gapMark = 0
                }
                written.digits.append(UInt8(v))
                runLength += 1
                lastWasDigit = true
                continue
            }
            lastWasDigit = false
            if runLength > 0 {
                groupLengths.append(runLength)
                runLength = 0
            }
            switch v {
            case 0x2B:  // "+"
                guard mayTakePlus else { return nil }
                written.hasPlus = true
                previousWasPlus = true
            case 0x28:  // "("
                guard parenthesisOpenedAt == nil else { return nil }
                parenthesisOpenedAt = written.digits.count
                plusMayFollow = isFirst
            case 0x29:  // ")"
                guard let opened = parenthesisOpenedAt, written.digits.count > opened else {
                    return nil
                }
                if written.digits.count - opened == 1 && written.digits[opened] == 0x30 {
                    written.parenthesizedZero = opened
                }
                parenthesisOpenedAt = nil
            case 0x20, 0xA0, 0x2009, 0x202F:
                guard !isFirst else { return nil }
            case 0x2D, 0x2E, 0x2F:  // "-", ".", "/"
                guard !isFirst, gapMark == 0 else { return nil }
                gapMark = v
            default:
                return nil
            }
        }
        guard lastWasDigit, parenthesisOpenedAt == nil, written.digits.count <= 17 else {
            return nil
        }
        groupLengths.append(runLength)
        if looksLikeDate(groupLengths, gapMarks) { return nil }
        return written
    }

    /// True for three digit groups joined by the same ".", "/" or "-", shaped like d.m.y
    /// (1-2, 1-2, 2 or 4 digits) or y-m-d (4, 1-2, 1-2).
    static func looksLikeDate(_ groups: [Int], _ marks: [UInt32]) -> Bool {
        guard groups.count == 3, marks.count == 2, marks[0] != 0, marks[0] == marks[1] else {
            return false
        }
        let short = 1...2
        if short.contains(groups[0]) && short.contains(groups[1])
            && (groups[2] == 2 || groups[2] == 4)
        {
            return true
        }
        return groups[0] == 4 && short.contains(groups[1]) && short.contains(groups[2])
    }

    /// The prefix table of `region`.
    static func blocks(for region: PhoneRegion) -> [PrefixBlock] {
        switch region {
        case .az: az
        case .ru: ru
        case .kz: kz
        case .tr: tr
        case .nl: nl
        case .gb: gb
        case .us: us
        case .ca: ca
        case .de: de
        }
    }

    /// National numbers of the given lengths that start with one of the prefixes (and with
    /// none of the excluded ones).
    struct PrefixBlock: Sendable {
        /// The national significant number lengths the block covers.
        let lengths: ClosedRange<Int>
        /// Leading digits (ASCII) of valid numbers.
        let prefixes: [[UInt8]]
        /// Leading digits (ASCII) that are not valid even though a prefix matches.
        let excluded: [[UInt8]]

        /// A block from space-separated prefix lists.
        init(_ lengths: ClosedRange<Int>, _ prefixes: String, excluding excluded: String = "") {
            self.lengths = lengths
            self.prefixes = PhoneNumberPlan.digitStrings(prefixes)
            self.excluded = PhoneNumberPlan.digitStrings(excluded)
        }

        /// The length of the prefix that `nsn` starts with, when the block accepts it.
        func prefixLength(matching nsn: ArraySlice<UInt8>) -> Int? {
            guard lengths.contains(nsn.count),
                !excluded.contains(where: { nsn.starts(with: $0) })
            else { return nil }
            return prefixes.first(where: { nsn.starts(with: $0) })?.count
        }
    }

    /// The space-separated words of `list` as ASCII byte arrays.
    static func digitStrings(_ list: String) -> [[UInt8]] {
        list.utf8.split(separator: UInt8(ascii: " ")).map(Array.init)
    }

    // MARK: - Tables (see the provenance note at the top of the file)

    // Azerbaijan: nine-digit national numbers, "0" trunk prefix.
    static let az: [PrefixBlock] = [
        // Fixed lines
        PrefixBlock(
            9...9,
            "12 18 202 212 214 222 223 224 233 242 252 262 263 365 46"),
        // Mobiles
        PrefixBlock(
            9...9,
            "10 365 40 44 50 51 55 60 70 77 99"),
    ]

    // Russia: ten digits, "8" trunk prefix; geographic codes 3xx, 4xx, 8xx, mobiles 9xx.
    static let ru: [PrefixBlock] = [
        // Fixed lines
        PrefixBlock(
            10...10,
            "301 302 336 341 342 343 345 346 347 349 351 352 353 365 381 382 383 384 385 388 "
            + "390 391 394 395 401 411 413 415 416 421 423 424 426 427 471 472 473 474 475 481 "
            + "482 483 484 485 486 487 491 492 493 494 495 496 498 499 811 812 813 814 815 816 "
            + "817 818 820 821 831 833 834 835 836 840 841 842 843 844 845 846 847 848 851 855 "
            + "856 857 860 861 862 863 865 866 867 869 871 872 873 877 878 879"),
        // Mobiles
        PrefixBlock(
            10...10,
            "9"),
    ]

    // Kazakhstan shares +7 and the "8" trunk prefix with Russia, but its numbers start with 7.
    static let kz: [PrefixBlock] = [
        // Fixed lines
        PrefixBlock(
            10...10,
            "710 711 712 713 714 715 716 717 718 721 722 723 724 725 726 727 728 729"),
        // Mobiles
        PrefixBlock(
            10...10,
            "700 701 702 705 706 707 708 747 760 761 762 763 764 771 775 776 777 778 785"),
    ]

    // Turkey: ten digits, "0" trunk prefix; mobiles 5xx.
    static let tr: [PrefixBlock] = [
        // Fixed lines
        PrefixBlock(
            10...10,
            "212 216 222 224 226 228 232 236 238 242 246 248 252 256 258 262 264 266 272 274 "
            + "276 282 284 286 288 312 318 322 324 326 328 332 338 342 344 346 348 352 354 356 "
            + "358 362 364 366 368 370 372 374 376 378 380 382 384 386 388 392 412 414 416 422 "
            + "424 426 428 432 434 436 438 442 446 452 454 456 458 462 464 466 472 474 476 478 "
            + "482 484 486 488"),
        // Mobiles
        PrefixBlock(
            10...10,
            "50 510 516 524 53 54 55 561 562 564 572 574 575 582 594 596"),
    ]

    // The Netherlands: nine digits, "0" trunk prefix; mobiles 6x (and 11-digit 970 M2M).
    static let nl: [PrefixBlock] = [
        // Fixed lines
        PrefixBlock(
            9...9,
            "10 111 113 114 115 117 118 13 15 161 162 164 165 166 167 168 172 174 180 181 182 "
            + "183 184 186 187 20 222 223 224 226 227 228 229 23 24 251 252 255 26 294 297 299 30 "
            + "313 314 315 316 317 318 320 321 33 341 342 343 344 345 346 347 348 35 36 38 40 411 "
            + "412 413 416 418 43 45 46 475 478 481 485 486 487 488 492 493 495 497 499 50 511 "
            + "512 513 514 515 516 517 518 519 521 522 523 524 525 527 528 529 53 541 543 544 545 "
            + "546 547 548 55 561 562 566 570 571 572 573 575 577 578 58 591 592 593 594 595 596 "
            + "597 598 599 7"),
        // Mobiles
        PrefixBlock(
            9...9,
            "61 62 63 64 65 68"),
        // Mobiles
        PrefixBlock(
            11...11,
            "970"),
    ]

    // The United Kingdom: ten digits (a few small 01xxx areas nine), "0" trunk prefix.
    static let gb: [PrefixBlock] = [
        // Fixed lines
        PrefixBlock(
            9...9,
            "120 125 127 129 136 138 140 142 146 148 152 156 160 162 163 164 165 169 190 193 "
            + "194 196 199"),
        // Fixed lines
        PrefixBlock(
            9...10,
            "172 174 175 176 182 183 188"),
        // Fixed lines
        PrefixBlock(
            10...10,
            "113 114 115 116 117 118 12 13 14 15 16 170 173 177 178 179 180 184 185 186 187 189 "
            + "19 200 201 203 204 207 208 230 231 238 239 240 241 247 280 281 282 283 284 286 287 "
            + "288 289 290 291 292"),
        // Mobiles
        PrefixBlock(
            10...10,
            "71 72 73 74 75 77 78 79"),
    ]

    // Germany: open numbering, 5 to 15 digits after the "0" trunk prefix.
    static let de: [PrefixBlock] = [
        // Fixed lines: the big-city areas also have very short subscriber numbers.
        PrefixBlock(5...15, "30 40 69 89"),
        // Fixed lines: every other area 02-09, minus unassigned and non-geographic blocks
        // (0800 toll-free, 0900 premium, 0700 personal …; 030, 040, 069, 089 are above).
        PrefixBlock(
            6...15, "2 3 4 5 6 7 8 9",
            excluding:
                "200 207 249 270 278 279 288 289 30 31 32 348 370 378 379 380 389 40 411 457 458 "
                + "459 469 478 49 500 501 509 539 578 579 589 598 599 601 649 660 679 69 700 701 "
                + "709 710 728 729 749 759 769 778 779 786 787 788 789 792 798 799 800 801 818 835 "
                + "847 848 849 852 860 869 879 883 887 888 889 89 900 901 902 903 904 905 958 959 "
                + "969 975 978 979 988 989 998 999"),
        // Fixed lines: 032 (nationwide) and 049x have their own length limits.
        PrefixBlock(6...12, "490 497"),
        PrefixBlock(6...13, "491 492 493 494 495 496"),
        PrefixBlock(9...9, "322"),
        PrefixBlock(11...13, "32"),
        // Mobiles: 015x eleven digits, 016x and 017x ten or eleven.
        PrefixBlock(10...11, "160 162 163 17"),
        PrefixBlock(11...11, "15"),
    ]

    // United States: NANP area codes assigned to the US (shared with its territories).
    static let us: [PrefixBlock] = [
        // Area codes (fixed lines and mobiles share them)
        PrefixBlock(
            10...10,
            "201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 220 223 224 "
            + "225 227 228 229 231 234 235 239 240 248 251 252 253 254 256 260 262 267 269 270 "
            + "272 274 276 279 281 283 301 302 303 304 305 307 308 309 310 312 313 314 315 316 "
            + "317 318 319 320 321 323 324 325 326 327 329 330 331 332 334 336 337 339 341 346 "
            + "347 350 351 352 353 360 361 363 364 369 380 385 386 401 402 404 405 406 407 408 "
            + "409 410 412 413 414 415 417 419 423 424 425 430 432 434 435 440 442 443 445 447 "
            + "448 458 463 464 469 470 472 475 478 479 480 484 501 502 503 504 505 507 508 509 "
            + "510 512 513 515 516 517 518 520 530 531 534 539 540 541 551 557 559 561 562 563 "
            + "564 567 570 571 572 573 574 575 580 582 585 586 601 602 603 605 606 607 608 609 "
            + "610 612 614 615 616 617 618 619 620 623 626 628 629 630 631 636 640 641 645 646 "
            + "650 651 656 657 659 660 661 662 667 669 678 680 681 682 686 689 701 702 703 704 "
            + "706 707 708 712 713 714 715 716 717 718 719 720 724 725 726 727 728 730 731 732 "
            + "734 737 738 740 743 747 748 754 757 760 762 763 765 769 770 771 772 773 774 775 "
            + "779 781 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 820 "
            + "821 826 828 830 831 832 835 838 839 840 843 845 847 848 850 854 856 857 858 859 "
            + "860 862 863 864 865 870 872 878 901 903 904 906 907 908 909 910 912 913 914 915 "
            + "916 917 918 919 920 925 928 929 930 931 934 936 937 938 940 941 943 945 947 948 "
            + "949 951 952 954 956 959 970 971 972 973 975 978 979 980 983 984 985 986 989"),
    ]

    // Canada: NANP area codes assigned to Canada.
    static let ca: [PrefixBlock] = [
        // Area codes (fixed lines and mobiles share them)
        PrefixBlock(
            10...10,
            "204 226 236 249 250 257 263 273 289 306 343 354 365 367 368 382 403 416 418 428 "
            + "431 437 438 450 468 474 506 514 519 548 579 581 584 587 604 613 639 647 672 683 "
            + "705 709 742 753 778 780 782 807 819 825 867 873 879 902 905 942"),
    ]

    /// German two-digit area codes (030 Berlin, 040 Hamburg, 069 Frankfurt, 089 Munich; 032
    /// is a nationwide range).
    static let germanTwoDigitAreas = digitStrings("30 32 40 69 89")

    /// German three-digit area codes (0201 Essen, 0211 Düsseldorf, 0221 Köln …).
    static let germanThreeDigitAreas = digitStrings(
        "201 202 203 208 209 211 212 214 221 228 231 234 241 251 261 271 281 291 331 335 340 "
            + "341 345 351 355 361 365 371 375 381 385 391 395 421 431 441 451 461 471 481 491 "
            + "511 521 531 541 551 561 571 581 591 611 621 631 641 651 661 671 681 711 721 731 "
            + "741 751 761 771 781 791 811 821 831 841 851 861 871 881 906 911 921 931 941 951 "
            + "961 971 981 991")
}
