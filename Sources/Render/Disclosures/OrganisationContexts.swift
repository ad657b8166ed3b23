import SiteModel
import ThaiText

extension OrgStructure: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        var c: [String: Any] = ["title": title, "units": units.map { Self.unit($0, env, depth: 1) },
                                "leadership": leadership.map { Self.unit($0, env, depth: 0) }]
        if let asOf = env.date(asOf) { c["asOf"] = asOf }
        let staff = units.compactMap(\.totalStaff)
        if !staff.isEmpty { c["totalStaff"] = env.format.number(staff.reduce(0, +)) }
        return c
    }

    static func unit(_ u: OrgUnit, _ env: ContextEnvironment, depth: Int) -> [String: Any] {
        let subs = u.units.map { unit($0, env, depth: depth + 1) }
        var c: [String: Any] = ["name": u.name, "units": subs, "hasUnits": !subs.isEmpty, "duties": u.duties,
                                "hasDuties": !u.duties.isEmpty, "level": min(depth + 2, 6)]
        if let head = u.headPosition { c["head"] = head }
        if let name = u.headName { c["headName"] = name }
        if let staff = u.staff { c["staff"] = env.format.number(staff) }
        if let total = u.totalStaff, !u.units.isEmpty { c["totalStaff"] = env.format.number(total) }
        if let phone = u.phone { c["phone"] = env.format.digits(phone) }
        return c
    }
}

extension Executives: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        ["title": title, "executives": executives.map { Self.person($0, env) },
         "council": council.map { Self.person($0, env) }]
    }

    static func person(_ p: Person, _ env: ContextEnvironment) -> [String: Any] {
        var c: [String: Any] = ["name": p.name, "position": p.position]
        if let photo = p.photo { c["photoURL"] = env.link("/" + photo) }
        if let phone = p.phone {
            c["phone"] = env.format.digits(phone)
            c["tel"] = String(phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") })
        }
        if let email = p.email { c["email"] = email }
        if let term = p.term { c["term"] = env.format.dateRange(term.start, term.end) }
        return c
    }
}
