extension ValidationContext {
    mutating func checkAPIManagement() {}
}
