#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs a child process to completion with `posix_spawn`, capturing its output, with a time
/// limit and an output cap.
///
/// The child leads a process group of its own, so everything it starts can be ended with it:
/// at the time limit the group gets `SIGTERM`, then `SIGKILL` after a grace period; when the
/// child exits, whatever it left running in its group gets `SIGKILL` too, so no orphan keeps
/// running (or keeps the output pipes open). Output beyond `outputLimit` bytes per stream is
/// not kept: the group is killed and the outcome says so.
enum ProcessRunner {
    struct Outcome {
        var status: Int32
        var signaled: Bool
        var standardOutput: String
        var standardError: String
        var timedOut: Bool
        /// A stream passed `outputLimit`; the process group was killed.
        var outputLimitExceeded = false
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// The environment variables a child needs to run and nothing else: no credentials
    /// (`ARM_CLIENT_SECRET`, tokens) reach a manifest, which is code.
    static let minimalEnvironmentNames = ["PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TERM", "TZ", "USER", "LOGNAME"]

    static func minimalEnvironment(from environment: [String: String]) -> [String: String] {
        environment.filter { minimalEnvironmentNames.contains($0.key) }
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, timeout: TimeInterval = 120,
                    outputLimit: Int = 64 << 20, gracePeriod: TimeInterval = 2) throws -> Outcome {
        var outputPipe: [Int32] = [0, 0], errorPipe: [Int32] = [0, 0]
        guard pipe(&outputPipe) == 0 else { throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&errorPipe) == 0 else {
            close(outputPipe[0]); close(outputPipe[1])
            throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
        }
        // The child keeps only the copies on 1 and 2.
        for descriptor in outputPipe + errorPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, variables)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0]); close(errorPipe[0])
            throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }

        var streams = [Stream(descriptor: outputPipe[0]), Stream(descriptor: errorPipe[0])]
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var exited = false
        var timedOut = false, overflowed = false
        var terminatedAt: Date?
        var drainUntil: Date?
        while true {
            // Read whatever is there (for up to 10 ms).
            var polled = streams.filter { !$0.closed }.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            if !polled.isEmpty { _ = poll(&polled, nfds_t(polled.count), 10) } else { usleep(2_000) }
            for entry in polled where entry.revents != 0 {
                guard let index = streams.firstIndex(where: { $0.descriptor == entry.fd }) else { continue }
                if !streams[index].read(limit: outputLimit) { overflowed = true }
            }
            if !exited, waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                // Anything the child left behind in its group goes with it.
                kill(-pid, SIGKILL)
                drainUntil = Date().addingTimeInterval(1)
            }
            if exited {
                if streams.allSatisfy(\.closed) || Date() > drainUntil! { break }
                continue
            }
            if overflowed, terminatedAt == nil {
                kill(-pid, SIGKILL)
                terminatedAt = Date()
            }
            if Date() > deadline, terminatedAt == nil {
                timedOut = true
                kill(-pid, SIGTERM)
                terminatedAt = Date()
            }
            if let terminatedAt, Date().timeIntervalSince(terminatedAt) > gracePeriod {
                kill(-pid, SIGKILL)
            }
        }
        for stream in streams where !stream.closed { close(stream.descriptor) }
        let signaled = (status & 0x7f) != 0 && (status & 0x7f) != 0x7f
        return Outcome(status: signaled ? status & 0x7f : (status >> 8) & 0xff, signaled: signaled,
                       standardOutput: String(decoding: streams[0].data, as: UTF8.self),
                       standardError: String(decoding: streams[1].data, as: UTF8.self),
                       timedOut: timedOut, outputLimitExceeded: overflowed)
    }

    /// One output pipe being read.
    private struct Stream {
        var descriptor: Int32
        var data: [UInt8] = []
        var closed = false

        /// Reads what is available; false once more than `limit` bytes arrived (the excess is dropped).
        mutating func read(limit: Int) -> Bool {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let count = buffer.withUnsafeMutableBytes { readDescriptor(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { return true }
                close(descriptor)
                closed = true
                return true
            }
            if count == 0 {
                close(descriptor)
                closed = true
                return true
            }
            let room = max(0, limit - data.count)
            data.append(contentsOf: buffer.prefix(min(count, room)))
            return count <= room
        }
    }
}

private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
