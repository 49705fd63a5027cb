package scot.cswo.assurance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.platform.StoragePlace.Kind;

/**
 * Where a database may safely be, by Windows' path rules: paths made by a Windows file system in
 * memory (Jimfs), so they are written as Windows writes them whatever machine runs the test.
 */
class StoragePlaceTest {
    private static final StoragePlace.Drives Z_IS_MAPPED = letter -> letter == 'Z';
    private static final Map<String, String> SIGNED_IN = Map.of(
            "OneDrive", "C:\\Users\\Siobhán Ó\\OneDrive",
            "OneDriveCommercial", "C:\\Users\\Siobhán Ó\\OneDrive - Dundee City Council",
            "USERPROFILE", "C:\\Users\\Siobhán Ó");

    private final FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
            .setRoots("C:\\", "Z:\\").setWorkingDirectory("C:\\Users\\Siobhán Ó").build());

    @AfterEach
    void closeIt() throws IOException {
        windows.close();
    }

    private Kind kindOf(String path) {
        return StoragePlace.of(windows.getPath(path).toAbsolutePath().toString(), SIGNED_IN, Z_IS_MAPPED).kind();
    }

    @Test
    void theUsualPlaceInLocalAppDataIsThisPcsOwnDisk() {
        assertThat(kindOf("AppData\\Local\\CSWO Assurance\\assurance.mv.db")).isEqualTo(Kind.LOCAL);
    }

    @Test
    void aNetworkShareIsNetworkHoweverItIsWritten() {
        assertThat(kindOf("\\\\council-fs01\\CSWO\\assurance.mv.db")).isEqualTo(Kind.NETWORK);
        assertThat(StoragePlace.of("\\\\?\\UNC\\council-fs01\\CSWO\\assurance.mv.db", SIGNED_IN, Z_IS_MAPPED).kind())
                .isEqualTo(Kind.NETWORK);
        assertThat(StoragePlace.of("//council-fs01/CSWO/assurance.mv.db", Map.of(), Z_IS_MAPPED).kind())
                .isEqualTo(Kind.NETWORK);
    }

    @Test
    void aMappedDriveIsNetworkAndAnotherLetterIsNot() {
        assertThat(kindOf("Z:\\Shared\\assurance.mv.db")).isEqualTo(Kind.NETWORK);
        assertThat(kindOf("z:\\assurance.mv.db")).isEqualTo(Kind.NETWORK);
        assertThat(kindOf("C:\\Data\\assurance.mv.db")).isEqualTo(Kind.LOCAL);
        assertThat(StoragePlace.of("\\\\?\\Z:\\Shared\\assurance.mv.db", Map.of(), Z_IS_MAPPED).kind())
                .isEqualTo(Kind.NETWORK);
    }

    @Test
    void aFolderOneDriveKeepsInSyncIsSyncedWhateverTheCase() {
        assertThat(kindOf("OneDrive\\Documents\\assurance.mv.db")).isEqualTo(Kind.SYNCED);
        assertThat(kindOf("C:\\USERS\\SIOBHÁN Ó\\ONEDRIVE\\assurance.mv.db")).isEqualTo(Kind.SYNCED);
        assertThat(kindOf("OneDrive - Dundee City Council\\CSWO\\assurance.mv.db")).isEqualTo(Kind.SYNCED);
        assertThat(StoragePlace.of(windows.getPath("OneDrive - Dundee City Council\\a.mv.db").toAbsolutePath()
                .toString(), SIGNED_IN, Z_IS_MAPPED).description()).contains("OneDriveCommercial");
    }

    @Test
    void aFolderBesideOneDriveWhoseNameStartsTheSameIsNotSynced() {
        assertThat(kindOf("OneDriveArchive\\assurance.mv.db")).isEqualTo(Kind.LOCAL);
    }

    @Test
    void withNoOneDriveSignedInNothingIsSynced() {
        assertThat(StoragePlace.of("C:\\Users\\Siobhán Ó\\OneDrive\\assurance.mv.db", Map.of("OneDrive", " "),
                Z_IS_MAPPED).kind()).isEqualTo(Kind.LOCAL);
    }

    @Test
    void onlyTheLettersWindowsCallsRemoteAreAsked() {
        Set<Character> asked = new java.util.HashSet<>();
        StoragePlace.of("C:\\Data\\assurance.mv.db", Map.of(), letter -> asked.add(letter) && false);
        StoragePlace.of("\\\\server\\share\\assurance.mv.db", Map.of(), letter -> asked.add(letter) && false);

        assertThat(asked).containsExactly('C');
    }
}
