import DSL
import Testing

/// The samples together exercise at least 30 distinct APIM policies (seed 001's and more).
@Suite struct SamplePolicyCoverageTests {
    @Test func samplesUseAtLeastThirtyDistinctPolicies() throws {
        var names = Set<String>()
        for sample in TestSupport.sampleNames {
            let (resolved, _) = Resolver.resolve(try TestSupport.load(sample))
            for policy in resolved.apiManagement?.content.scopedPolicies ?? [] {
                switch policy.body {
                case .document(let document): document.sections.forEach { collect($0.statements, into: &names) }
                case .fragment(let fragment): collect(fragment.statements, into: &names)
                }
            }
        }
        let policies = names.filter { PolicyCatalog.entry($0) != nil }
        #expect(policies.count >= 30, "\(policies.count) distinct policies: \(policies.sorted())")
        for seedPolicy in ["validate-jwt", "rate-limit", "ip-filter", "check-header", "set-header", "retry", "forward-request", "cache-lookup", "cache-store"] {
            #expect(policies.contains(seedPolicy), "no sample uses \(seedPolicy)")
        }
    }

    private func collect(_ nodes: [PolicyNode], into names: inout Set<String>) {
        for node in nodes {
            switch node {
            case .element(let element):
                names.insert(element.name)
                collect(element.children, into: &names)
            case .raw(let raw):
                if case .success(let elements) = raw.parsed { collect(elements.map { .element($0) }, into: &names) }
            case .text: break
            }
        }
    }
}
