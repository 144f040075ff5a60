/// The language of a session's text and of the interface: Dutch or English.
public enum Language: String, Codable, CaseIterable, Sendable {
    case nl, en

    /// Picks the language from a locale string such as `nl_NL.UTF-8`; English otherwise.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("nl") else { return .en }
        return .nl
    }

    /// "Nederlands" / "Dutch": the language's name, in either language.
    public var name: Localized {
        switch self {
        case .nl: Localized(nl: "Nederlands", en: "Dutch")
        case .en: Localized(nl: "Engels", en: "English")
        }
    }

    /// The other of the two.
    public var other: Language { self == .nl ? .en : .nl }
}

/// A piece of text in both product languages.
public struct Localized: Hashable, Sendable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        language == .nl ? nl : en
    }
}
