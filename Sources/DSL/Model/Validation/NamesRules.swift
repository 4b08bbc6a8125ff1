extension ValidationContext {
    mutating func checkNames() {}
}
