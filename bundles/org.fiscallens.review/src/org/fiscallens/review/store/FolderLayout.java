package org.fiscallens.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Names of things inside a workspace folder:
 * <pre>
 * index.bin                       the commit point: province, units, one entry per submission (current + history)
 * workspace.lock                  held while a process has the workspace open
 * submissions/&lt;id&gt;.g&lt;gen&gt;.bin   one immutable EMF resource per submission version
 * </pre>
 * Submission files are never overwritten once an index refers to them: a changed document gets a file with a newer
 * generation, so the previous index stays valid until the new one is renamed into place.
 */
public final class FolderLayout {
    public static final String INDEX = "index.bin";
    public static final String LOCK = "workspace.lock";
    public static final String SUBMISSIONS = "submissions";
    public static final String SUBMISSION_EXTENSION = "bin";

    private final Path root;

    public FolderLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path index() {
        return root.resolve(INDEX);
    }

    public Path lock() {
        return root.resolve(LOCK);
    }

    public Path submissions() {
        return root.resolve(SUBMISSIONS);
    }

    /** Relative file name (as stored in the index) of a submission version. */
    public static String submissionFileName(String id, long generation) {
        return id + ".g" + generation + "." + SUBMISSION_EXTENSION;
    }

    public Path submission(String fileName) {
        return submissions().resolve(fileName);
    }

    /**
     * Files a crashed or abandoned save left behind: temp files anywhere, and submission files no index entry names.
     */
    public List<Path> leftovers(Set<String> referencedSubmissionFiles) throws IOException {
        List<Path> result = new ArrayList<>();
        Path indexTemp = root.resolve(INDEX + DurableFiles.TEMP_SUFFIX);
        if (Files.exists(indexTemp)) {
            result.add(indexTemp);
        }
        if (Files.isDirectory(submissions())) {
            try (Stream<Path> files = Files.list(submissions())) {
                files.filter(f -> !referencedSubmissionFiles.contains(f.getFileName().toString())).forEach(result::add);
            }
        }
        return result;
    }
}
