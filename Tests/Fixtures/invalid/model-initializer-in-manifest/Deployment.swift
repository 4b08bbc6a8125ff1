import DSL

// The model's memberwise initializers are not part of the DSL: a manifest writes KeyVault("…").
let deployment = Deployment("model-init", resourceGroup: "rg-model-init", region: .westEurope) {
    KeyVault(name: "kv-model-init", location: SourceLocation(file: "x", line: 1, column: 1))
}
