package org.fiscallens.review.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.fiscallens.model.disclosure.DisclosurePackage;
import org.fiscallens.review.CorruptFileException;

/**
 * The resource set of one workspace. Every load of a workspace file goes through {@link #demandLoad}, whether it is
 * asked for by the workspace or triggered by resolving a proxy from the index: the bytes are read once, checked
 * against the checksum the index recorded (the index itself carries a {@link SealedBytes} trailer), and only then
 * parsed, so a damaged file is reported by name instead of
 * surfacing as an obscure parse error (or worse, parsing into something plausible).
 * <p>
 * Works the same inside OSGi and on a plain class path: packages and factories are registered locally, not through
 * extension points.
 */
public final class StoreResourceSet extends ResourceSetImpl {
    private final Function<URI, OptionalLong> expectedChecksums;
    private final boolean trackModification;

    /** @param expectedChecksums checksum the index recorded for a file URI, empty when unknown (the index itself) */
    public StoreResourceSet(Function<URI, OptionalLong> expectedChecksums) {
        this(expectedChecksums, true);
    }

    /**
     * @param trackModification whether loaded submissions record that they changed (the workspace saves those); a
     *                          set whose documents are only read skips it, as it walks every object twice
     */
    public StoreResourceSet(Function<URI, OptionalLong> expectedChecksums, boolean trackModification) {
        this.expectedChecksums = expectedChecksums;
        this.trackModification = trackModification;
        getPackageRegistry().put(DisclosurePackage.eNS_URI, DisclosurePackage.eINSTANCE);
        getPackageRegistry().put(IndexModel.NS_URI, IndexModel.PACKAGE);
        Map<String, Object> factories = getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("bin", (Resource.Factory) StoredResource::new);
        factories.put("xmi", new XMIResourceFactoryImpl());
        getLoadOptions().putAll(LOAD_OPTIONS);
    }

    /**
     * A binary resource whose unloading turns only its roots into proxies. Only roots are referenced from outside
     * (the index's units point to submissions); EMF's default makes every object a proxy, computing each one's URI
     * fragment with a linear search of its list — quadratic in a table's rows and cells, most of a second for one
     * large document.
     */
    static final class StoredResource extends BinaryResourceImpl {
        StoredResource(URI uri) {
            super(uri);
        }

        @Override
        protected void doUnload() {
            List<EObject> roots = List.copyOf(getContents());
            List<URI> proxies = roots.stream().map(r -> getURI().appendFragment(getURIFragment(r))).toList();
            if (!getContents().isEmpty()) {
                getContents().clear();
            }
            getErrors().clear();
            getWarnings().clear();
            for (int i = 0; i < roots.size(); i++) {
                InternalEObject root = (InternalEObject) roots.get(i);
                root.eAdapters().clear();
                root.eSetProxyURI(proxies.get(i));
            }
        }
    }

    public static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The bytes of a resource as it would be written to its file. */
    public static byte[] serialize(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        resource.save(out, saveOptions());
        return out.toByteArray();
    }

    public static Path fileOf(Resource resource) {
        return Path.of(resource.getURI().toFileString());
    }

    /** The resource at {@code uri}, loaded (and verified) if it is not yet; a failed load leaves nothing behind. */
    public Resource load(URI uri) throws IOException {
        Resource resource = getResource(uri, false);
        if (resource != null && resource.isLoaded()) {
            return resource;
        }
        if (resource == null) {
            resource = createResource(uri);
        }
        try {
            demandLoad(resource);
        } catch (IOException | RuntimeException e) {
            getResources().remove(resource);
            throw e;
        }
        return resource;
    }

    @Override
    protected void demandLoad(Resource resource) throws IOException {
        Path file = fileOf(resource);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorruptFileException(file, "file is missing", e);
        }
        if (FolderLayout.INDEX.equals(resource.getURI().lastSegment())) {
            bytes = SealedBytes.open(file, bytes);
        }
        OptionalLong expected = expectedChecksums.apply(resource.getURI());
        if (expected.isPresent() && expected.getAsLong() != checksum(bytes)) {
            throw new CorruptFileException(file, "checksum mismatch (file damaged or truncated, " + bytes.length + " bytes)",
                    null);
        }
        try {
            resource.load(new ByteArrayInputStream(bytes), getLoadOptions());
        } catch (IOException | RuntimeException e) {
            resource.unload();
            throw new CorruptFileException(file, String.valueOf(e.getMessage()), e);
        }
        if (resource.getContents().isEmpty()) {
            throw new CorruptFileException(file, "no content", null);
        }
        if (expected.isPresent() && trackModification) {
            // submissions may be edited (annotations later); the workspace saves those that changed
            resource.setTrackingModification(true);
        }
    }

    /**
     * Without an internal buffer, EMF's binary streams read and write a byte at a time through the (locking) buffered
     * stream: most of the time of loading a submission (measured on 5,000 documents, edited-rule re-run).
     */
    private static final int BINARY_BUFFER = 16 * 1024;

    /** Shared by every set: a check of the province makes one per document it reads (the parser pool is thread-safe). */
    private static final Map<Object, Object> LOAD_OPTIONS = Map.of(
            XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE,
            XMLResource.OPTION_USE_PARSER_POOL, new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl(),
            BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, BINARY_BUFFER);

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, BINARY_BUFFER);
        return options;
    }
}
