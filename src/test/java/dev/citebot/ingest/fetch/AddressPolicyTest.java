package dev.citebot.ingest.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class AddressPolicyTest {
    private static final AddressPolicy STRICT = new AddressPolicy(false);
    private static final AddressPolicy LOCAL = new AddressPolicy(true);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "0.0.0.0", "::", "0.1.2.3",
            "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1",
            "100.127.255.255", "169.254.169.254", "169.254.0.1", "fd00:ec2::254", "fe80::1", "fc00::1", "fd12:3456::1",
            "fec0::1", "224.0.0.1", "239.255.255.250", "ff02::1", "255.255.255.255", "240.0.0.1",
            "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:a00:1::1",
            "::10.0.0.1"})
    void refusesEveryAddressInsideAHostsNetwork(String literal) throws UnknownHostException {
        assertThat(STRICT.refusal(InetAddress.getByName(literal))).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
            "223.255.255.254", "11.0.0.1", "192.167.1.1", "169.253.1.1"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(STRICT.refusal(InetAddress.getByName(literal))).as(literal).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.2", "127.1.1.1", "::1", "::ffff:127.0.0.2", "10.0.0.1", "192.168.0.1",
            "169.254.169.254", "fd00:ec2::254", "0.0.0.0", "fe80::1"})
    void allowingLoopbackAllowsOnly127001(String literal) throws UnknownHostException {
        assertThat(LOCAL.refusal(InetAddress.getByName(literal))).as(literal).isPresent();
        assertThat(LOCAL.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(STRICT.refusal(InetAddress.getByName("127.0.0.1"))).contains("a loopback address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "fd00:ec2::254"})
    void namesTheCloudMetadataAddress(String literal) throws UnknownHostException {
        assertThat(LOCAL.refusal(InetAddress.getByName(literal))).contains("the cloud metadata address");
    }
}
