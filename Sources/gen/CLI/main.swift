import Foundation
import GenDriver

exit(GenCommand.main(Array(CommandLine.arguments.dropFirst())).rawValue)
