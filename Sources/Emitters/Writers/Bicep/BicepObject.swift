/// A Bicep object literal whose properties keep insertion order.
public struct BicepObject: Hashable, Sendable {
    /// One `key: value` line.
    public struct Property: Hashable, Sendable {
        public var key: String
        /// A computed key (`'${identity.id}': {}`), written instead of `key` when set.
        public var keyExpression: BicepExpression?
        public var value: BicepExpression

        public init(_ key: String, _ value: BicepExpression) {
            self.key = key
            self.keyExpression = nil
            self.value = value
        }

        /// A property whose key is an expression, such as an interpolated resource ID.
        public init(computedKey: BicepExpression, _ value: BicepExpression) {
            self.key = ""
            self.keyExpression = computedKey
            self.value = value
        }
    }

    public var properties: [Property]

    public init(_ properties: [Property] = []) {
        self.properties = properties
    }

    public init(_ pairs: [(String, BicepExpression)]) {
        self.properties = pairs.map { Property($0.0, $0.1) }
    }

    public var isEmpty: Bool { properties.isEmpty }

    public mutating func append(_ key: String, _ value: BicepExpression) {
        properties.append(Property(key, value))
    }
}

extension BicepObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, BicepExpression)...) {
        self.init(elements)
    }
}
