@testable import ResGraphReader
import Testing

/// The affinity mask as `/proc/self/status` states it, counted in its bytes.
struct CoresTests {
    private func allowed(_ status: String) -> Int? {
        Array(status.utf8).withUnsafeBufferPointer { Cores.allowed(inStatus: $0) }
    }

    @Test func theMaskIsCountedBitByBitWhateverItsWidth() {
        #expect(allowed("Name:\tresgraph\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n") == 2)
        #expect(allowed("Name:\tresgraph\nCpus_allowed:\t2\nCpus_allowed_list:\t1\n") == 1)
        #expect(allowed("Name:\tx\nCpus_allowed:\tff\n") == 8)
        #expect(allowed("Name:\tx\nCpus_allowed:\tffffffff,ffffffff,00000000,00000101\nMems_allowed:\t1\n") == 66)
        // The last line of a status cut short still counts.
        #expect(allowed("Name:\tx\nCpus_allowed:\t7") == 3)
        #expect(allowed("Cpus_allowed:\t3\n") == 2)
    }

    @Test func aStatusWithoutTheMaskGivesNone() {
        #expect(allowed("Name:\tx\nCpus_allowed_list:\t0-1\n") == nil)
        #expect(allowed("") == nil)
        #expect(allowed("Name:\tx\nXCpus_allowed:\t3\n") == nil)
    }
}
