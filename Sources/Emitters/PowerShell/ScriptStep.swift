/// One numbered step of the script, announced with progress output before its statements run.
struct ScriptStep {
    var title: String
    var statements: [PSStatement]
}
