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
        return templateRecord([
            "name": u.name, "units": subs, "hasUnits": !subs.isEmpty, "duties": u.duties,
            "hasDuties": !u.duties.isEmpty, "head": u.headPosition, "headName": u.headName,
            "staff": u.staff.map(env.format.number),
            "totalStaff": u.units.isEmpty ? nil : u.totalStaff.map(env.format.number),
            "phone": u.phone.map(env.format.digits),
        ])
    }
}

extension Executives: TemplateContextProviding {
    public func templateContext(_ env: ContextEnvironment) -> [String: Any] {
        ["title": title, "executives": executives.map { Self.person($0, env) },
         "council": council.map { Self.person($0, env) }]
    }

    static func person(_ p: Person, _ env: ContextEnvironment) -> [String: Any] {
        templateRecord([
            "name": p.name, "position": p.position, "photoURL": p.photo.map { env.link("/" + $0) },
            "phone": p.phone.map(env.format.digits),
            "tel": p.phone.map { String($0.filter { $0.isASCII && ($0.isNumber || $0 == "+") }) },
            "email": p.email, "term": p.term.map { env.format.dateRange($0.start, $0.end) },
        ])
    }
}
