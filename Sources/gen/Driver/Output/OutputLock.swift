#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An advisory lock (`flock`) on `ROOT/.gen.lock`, held while one `gen` run swaps its output
/// in (exclusive) or `--check` reads it (shared). A second writer waits; when the lock stays
/// taken longer than `timeout`, it fails with a message naming the lock file. The kernel drops
/// the lock when the holder exits, so a killed run never leaves the output locked.
final class OutputLock {
    static let fileName = ".gen.lock"

    private let descriptor: Int32

    struct Busy: Error, CustomStringConvertible {
        var path: String
        var seconds: Int
        var description: String {
            "another gen run has held \(path) for \(seconds) s; wait for it to finish (or end it) and run gen again"
        }
    }

    struct Unavailable: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot lock \(path): \(reason)" }
    }

    /// Takes the lock on `root`'s lock file, creating it when `create` is set. Returns nil when
    /// the file does not exist and may not be created (`--check` on an output gen never wrote).
    /// `waiting` is called once when another run holds the lock.
    static func acquire(root: URL, exclusive: Bool, create: Bool, timeout: TimeInterval = 300,
                        waiting: (String) -> Void = { _ in }) throws -> OutputLock? {
        let path = root.appendingPathComponent(fileName).path
        let flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0)
        let descriptor = open(path, flags, 0o644)
        if descriptor < 0 {
            if errno == ENOENT && !create { return nil }
            throw Unavailable(path: path, reason: String(cString: strerror(errno)))
        }
        let operation = exclusive ? LOCK_EX : LOCK_SH
        let start = Date()
        var announced = false
        while flock(descriptor, operation | LOCK_NB) != 0 {
            let error = errno
            guard error == EWOULDBLOCK || error == EINTR else {
                close(descriptor)
                throw Unavailable(path: path, reason: String(cString: strerror(error)))
            }
            if !announced {
                waiting(path)
                announced = true
            }
            if Date().timeIntervalSince(start) > timeout {
                close(descriptor)
                throw Busy(path: path, seconds: Int(timeout))
            }
            usleep(20_000)
        }
        return OutputLock(descriptor: descriptor)
    }

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
