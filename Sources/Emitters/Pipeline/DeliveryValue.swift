/// A value a delivery step reads, in parts each CI platform spells its own way: literal text,
/// a workflow variable, an input the environment supplies, or a location on the runner.
struct DeliveryValue: Hashable, Sendable, ExpressibleByStringLiteral {
    enum Part: Hashable, Sendable {
        case text(String)
        /// A variable of the plan (`DeliveryPlan.variables` or a release's variables).
        case variable(String)
        case input(DeliveryInput)
        case location(Location)
    }

    /// Runner locations: the checked-out repository, the folder Plan fills and publishes, the
    /// folder an artifact is downloaded to, the run's number (unique per run), a tools folder and
    /// the runner's operating system.
    enum Location: Hashable, Sendable {
        case checkout
        case staging
        case artifact(String)
        case runID
        /// A folder outside the checkout for tools the job installs.
        case tools
        /// The runner's operating system, for cache keys.
        case runnerOS
        /// Where the job's `secureFile` step put the file.
        case secureFile(DeliverySecureFile)
    }

    var parts: [Part]

    init(_ parts: [Part]) { self.parts = parts }
    init(stringLiteral value: String) { parts = [.text(value)] }

    static func text(_ text: String) -> DeliveryValue { DeliveryValue([.text(text)]) }
    static func variable(_ name: String) -> DeliveryValue { DeliveryValue([.variable(name)]) }
    static func input(_ input: DeliveryInput) -> DeliveryValue { DeliveryValue([.input(input)]) }
    static func location(_ location: Location) -> DeliveryValue { DeliveryValue([.location(location)]) }

    static func + (lhs: DeliveryValue, rhs: DeliveryValue) -> DeliveryValue { DeliveryValue(lhs.parts + rhs.parts) }
    static func + (lhs: DeliveryValue, rhs: String) -> DeliveryValue { lhs + .text(rhs) }

    /// The value with each part spelled by `spell`, concatenated.
    func rendered(_ spell: (Part) -> String) -> String { parts.map(spell).joined() }

    /// The inputs the value reads.
    var inputs: [DeliveryInput] {
        parts.compactMap { if case .input(let input) = $0 { input } else { nil } }
    }
}
