import CNcursesw
import Glibc

/// Sets the locale from the environment, as every terminal program does, with one rescue: a
/// machine that lacks the locale the environment names (`LANG=nl_NL.UTF-8` on a server where
/// only `C.UTF-8` was generated) would fall back to plain ASCII and show `Ëlst` as `?lst`,
/// although the user plainly asked for UTF-8. Then the character set comes from `C.UTF-8`.
enum LocaleSetup {
    /// Applies the environment's locale, or `C.UTF-8` for the characters when the named UTF-8
    /// locale is missing. Returns whether the rescue was used.
    @discardableResult
    static func apply() -> Bool {
        let applied = setlocale(LC_ALL, "") != nil
        guard regie_codeset_is_utf8() == 0, asksForUTF8(named: requestedCharacterLocale()) else { return false }
        // Only the characters change; messages, numbers and dates keep what could be set.
        if !applied { setlocale(LC_ALL, "C") }
        return setlocale(LC_CTYPE, "C.UTF-8") != nil || setlocale(LC_CTYPE, "C.utf8") != nil
    }

    /// The locale the environment names for characters, in POSIX order of precedence.
    static func requestedCharacterLocale() -> String? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty { return value }
        }
        return nil
    }

    /// Whether a locale name such as `nl_NL.UTF-8` or `en_GB.utf8@euro` asks for UTF-8.
    static func asksForUTF8(named name: String?) -> Bool {
        guard let name, let dot = name.firstIndex(of: ".") else { return false }
        let codeset = name[name.index(after: dot)...].prefix { $0 != "@" }.lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }
}
