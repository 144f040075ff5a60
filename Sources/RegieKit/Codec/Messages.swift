/// The wording of every problem a session file can have, in Dutch and English.
enum Messages {
    static let emptyFile = Localized(nl: "het bestand is leeg", en: "the file is empty")
    static let truncated = Localized(
        nl: "het bestand houdt onverwacht op (afgebroken?)",
        en: "the file ends unexpectedly (truncated?)")
    static let trailingContent = Localized(
        nl: "na het einde van de JSON staat nog tekst", en: "there is more text after the end of the JSON")
    static let notANumber = Localized(
        nl: "NaN en Infinity zijn geen JSON-getallen", en: "NaN and Infinity are not JSON numbers")
    static let badNumber = Localized(nl: "ongeldig getal", en: "invalid number")
    static let badEscape = Localized(
        nl: "ongeldige escape in een tekst (\\…)", en: "invalid escape in a string (\\…)")
    static let controlInString = Localized(
        nl: "stuurteken of regeleinde binnen een tekst (niet afgesloten met \"?)",
        en: "control character or line break inside a string (missing closing \"?)")
    static let aValue = Localized(nl: "een waarde", en: "a value")
    static let aKey = Localized(nl: "een sleutel tussen \"\"", en: "a key in \"\"")
    static let aColon = Localized(nl: "':'", en: "':'")
    static let commaOrBrace = Localized(nl: "',' of '}'", en: "',' or '}'")
    static let commaOrBracket = Localized(nl: "',' of ']'", en: "',' or ']'")

    static func invalidUTF8(offset: Int) -> Localized {
        Localized(
            nl: "geen geldige UTF-8 (byte \(offset))", en: "not valid UTF-8 (byte \(offset))")
    }

    static func tooDeep(_ limit: Int) -> Localized {
        Localized(
            nl: "te diep genest (meer dan \(limit) niveaus)",
            en: "nested too deeply (more than \(limit) levels)")
    }

    static func tooManyValues(_ limit: Int) -> Localized {
        Localized(
            nl: "te veel waarden (meer dan \(limit))", en: "too many values (more than \(limit))")
    }

    static func stringTooLong(_ limit: Int) -> Localized {
        Localized(
            nl: "tekst is te lang (meer dan \(limit) bytes)",
            en: "string is too long (more than \(limit) bytes)")
    }

    static func fileTooLarge(_ size: Int, limit: Int) -> Localized {
        Localized(
            nl: "bestand is te groot (\(size) bytes, maximaal \(limit))",
            en: "file is too large (\(size) bytes, at most \(limit))")
    }

    static func duplicateKey(_ key: String) -> Localized {
        Localized(nl: "sleutel \"\(key)\" staat er twee keer", en: "key \"\(key)\" appears twice")
    }

    static func unexpected(_ found: String, expected: Localized) -> Localized {
        Localized(
            nl: "verwacht \(expected.nl), gevonden \(found)",
            en: "expected \(expected.en), found \(found)")
    }

    static func wrongType(expected: Localized, found: JSONValue) -> Localized {
        Localized(
            nl: "verwacht \(expected.nl), gevonden \(dutchTypeName(found))",
            en: "expected \(expected.en), found \(found.typeName)")
    }

    static func missing(_ what: Localized) -> Localized {
        Localized(nl: "ontbreekt: verwacht \(what.nl)", en: "missing: expected \(what.en)")
    }

    static func outOfRange(_ value: Int, _ range: ClosedRange<Int>) -> Localized {
        Localized(
            nl: "verwacht een geheel getal \(range.lowerBound)–\(range.upperBound), gevonden \(value)",
            en: "expected a whole number \(range.lowerBound)–\(range.upperBound), found \(value)")
    }

    static func unknownValue(_ value: String, allowed: [String]) -> Localized {
        let list = allowed.joined(separator: ", ")
        return Localized(
            nl: "onbekende waarde \"\(value)\"; toegestaan: \(list)",
            en: "unknown value \"\(value)\"; allowed: \(list)")
    }

    static func invalidDate(_ value: String) -> Localized {
        Localized(
            nl: "\"\(value)\" is geen ISO-8601-datum (bijv. 2026-03-01 of 2026-03-01T09:30:00Z)",
            en: "\"\(value)\" is not an ISO-8601 date (e.g. 2026-03-01 or 2026-03-01T09:30:00Z)")
    }

    static let emptyID = Localized(nl: "id mag niet leeg zijn", en: "id must not be empty")

    static func badID(_ id: String) -> Localized {
        Localized(
            nl: "id \"\(id)\" mag alleen letters, cijfers, '-', '_' en '.' bevatten",
            en: "id \"\(id)\" may only hold letters, digits, '-', '_' and '.'")
    }

    static func duplicateID(_ id: String, first: JSONPath) -> Localized {
        Localized(
            nl: "id \"\(id)\" is al gebruikt bij \(first)",
            en: "id \"\(id)\" is already used at \(first)")
    }

    static func dangling(_ id: String, expected: Localized) -> Localized {
        Localized(
            nl: "verwijst naar \"\(id)\", maar er is geen \(expected.nl) met dat id",
            en: "refers to \"\(id)\", but there is no \(expected.en) with that id")
    }

    static func emptyReference(expected: Localized) -> Localized {
        Localized(
            nl: "verwijst naar geen enkele \(expected.nl): het id mag niet leeg zijn",
            en: "refers to no \(expected.en): the id must not be empty")
    }

    static let selfRelation = Localized(
        nl: "een relatie moet twee verschillende partners verbinden",
        en: "a relation must connect two different partners")

    static func futureSchema(_ version: Int, supported: Int) -> Localized {
        Localized(
            nl:
                "schemaVersion \(version) is nieuwer dan deze versie van Regie kan lezen (tot en met \(supported)); werk Regie bij",
            en:
                "schemaVersion \(version) is newer than this version of Regie can read (up to \(supported)); update Regie"
        )
    }

    static func tipNumber(_ value: Int) -> Localized {
        Localized(
            nl: "verwacht een tipnummer 1–7, gevonden \(value)",
            en: "expected a tip number 1–7, found \(value)")
    }

    static let aString = Localized(nl: "een tekst", en: "a string")
    static let aWholeNumber = Localized(nl: "een geheel getal", en: "a whole number")
    static let aBoolean = Localized(nl: "true of false", en: "true or false")
    static let anObject = Localized(nl: "een object {…}", en: "an object {…}")
    static let aList = Localized(nl: "een lijst […]", en: "a list […]")

    private static func dutchTypeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "true/false"
        case .int, .double: "een getal"
        case .string: "een tekst"
        case .array: "een lijst"
        case .object: "een object"
        }
    }
}

extension Messages {
    static let invalidDateExample = Localized(
        nl: "een ISO-8601-datum zoals 2026-03-01T09:30:00Z", en: "an ISO-8601 date such as 2026-03-01T09:30:00Z")
}
