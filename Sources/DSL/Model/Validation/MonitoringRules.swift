extension ValidationContext {
    mutating func checkMonitoring() {}
}
