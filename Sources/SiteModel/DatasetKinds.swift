/// Every kind of dataset sitegen knows: the one list.
///
/// A kind is one model type (its fields, what they mean, `kind` naming it in data files). The
/// rest is found from this list by the kind's name, and the registry tests fail when one is
/// missing:
/// - the loader reads a data file into the model (SiteLoader: the model is `Decodable`, its
///   rules are `RecordRules`);
/// - the template context presents it (Render: `TemplateContextProviding`);
/// - the theme template `templates/<kind>.mustache` shows it, on a page with `layout: <kind>`
///   and `data: <key>`;
/// - the check of the same name judges it for the OIT items whose rules name it (Audit), or
///   another check reads it (`Checks.judgedWithin`);
/// - `docs/data/<kind>.md` documents its fields with an example.
public enum DatasetKinds {
    public static let all: [any Disclosure.Type] = [
        OrgStructure.self,
        Executives.self,
        DevelopmentPlan.self,
        AnnualPlan.self,
        AnnualReport.self,
        HRPlan.self,
        HRReport.self,
        EthicsDisclosure.self,
        Manual.self,
        EServices.self,
        ComplaintProcedure.self,
        ComplaintChannels.self,
        ComplaintStats.self,
        Participation.self,
        Procurement.self,
        ProcurementReport.self,
        ServiceStats.self,
        AntiCorruptionPlan.self,
        AntiCorruptionReport.self,
        NoGiftPolicy.self,
        GiftRegister.self,
        RiskAssessment.self,
        RiskReport.self,
        IntegrityMeasures.self,
        IntegrityReport.self,
        ITAResults.self,
    ]

    /// The names data files use (`kind: executives`), in the order of `all`.
    public static let names: [String] = all.map { $0.kind }

    public static func type(named name: String) -> (any Disclosure.Type)? { all.first { $0.kind == name } }
}
