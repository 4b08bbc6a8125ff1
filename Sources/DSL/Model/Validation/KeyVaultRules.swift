extension ValidationContext {
    mutating func checkKeyVaultAndIdentities() {}
}
