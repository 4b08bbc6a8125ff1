extension ValidationContext {
    mutating func checkGateway() {}
}
