/// One of the five figures the project's targets are stated in, with its goal.
public struct EvalTargetFigure: Sendable, Hashable, Codable {
    /// The five figures, in the order reports show them.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Share of PERSON mentions found (at least one character covered).
        case personFound = "person_found"
        /// PERSON character leak.
        case personLeak = "person_leak"
        /// Character leak of LOCATION mentions that are not countries or continents.
        case otherPlaceLeak = "location_other_leak"
        /// ORGANIZATION character leak.
        case organizationLeak = "organization_leak"
        /// Share of characters outside every gold span that a PERSON, LOCATION or
        /// ORGANIZATION prediction covers.
        case nameOverRedaction = "name_over_redaction"

        /// The figure's column title, as the project's measure script prints it.
        public var title: String {
            switch self {
            case .personFound: "PER found"
            case .personLeak: "PER leak"
            case .otherPlaceLeak: "LOC non-country leak"
            case .organizationLeak: "ORG leak"
            case .nameOverRedaction: "over-red."
            }
        }

        /// The goal: a least value for ``personFound``, a greatest one for the others.
        public var goal: Double {
            switch self {
            case .personFound: 0.97
            case .personLeak: 0.03
            case .otherPlaceLeak: 0.10
            case .organizationLeak: 0.15
            case .nameOverRedaction: 0.03
            }
        }

        /// Whether ``goal`` is a greatest value (a leak) rather than a least one (found).
        public var goalIsMaximum: Bool { self != .personFound }
    }

    /// Which figure this is.
    public var kind: Kind
    /// The figure; `nil` when its denominator is zero (no such mention in the language).
    public var value: Double?
    /// ``Kind/goal``, kept in the JSON so that a stored report says what it was held to.
    public var goal: Double
    /// ``Kind/goalIsMaximum``.
    public var goalIsMaximum: Bool
    /// Whether the value meets the goal; `nil` when there is no value.
    public var met: Bool?

    init(_ kind: Kind, value: Double?) {
        self.kind = kind
        self.value = value
        goal = kind.goal
        goalIsMaximum = kind.goalIsMaximum
        met = value.map { kind.goalIsMaximum ? $0 <= kind.goal : $0 >= kind.goal }
    }

    enum CodingKeys: String, CodingKey {
        case value, goal, met
        case kind = "figure"
        case goalIsMaximum = "goal_is_maximum"
    }
}
