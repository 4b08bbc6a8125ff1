extension ValidationContext {
    mutating func checkFirewall() {}
}
