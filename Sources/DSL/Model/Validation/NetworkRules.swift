extension ValidationContext {
    mutating func checkNetwork() {}
}
