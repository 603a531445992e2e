/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes the card's images: the photo (JPEG 2000, with the jai-imageio plugin) and the name,
 * address and security-code images (PNG). Hostile input is expected: the size and the declared
 * dimensions are checked before decoding, and each decode runs on its own daemon thread with a
 * time limit, so a decoder that loops costs that thread and never the caller.
 */
public final class FaceImages {
    /** No image of the card face comes near this. */
    public static final int MAX_IMAGE_BYTES = FaceReader.MAX_FACE_LENGTH;
    public static final int MAX_SIDE = 2048;
    private static final int MAX_BANDS = 4;
    public static final Duration DECODE_TIME_LIMIT = Duration.ofSeconds(10);
    private static final byte[] JP2_SIGNATURE = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A,
        (byte) 0x87, 0x0A};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private FaceImages() {
    }

    /** The face photo, a JPEG 2000 (JP2) file. */
    public static BufferedImage decodeJpeg2000(byte[] data) throws FaceImageException {
        requireSignature(data, JP2_SIGNATURE, "JPEG 2000");
        return decode(data, () -> new J2KImageReaderSpi().createReaderInstance(), "JPEG 2000");
    }

    /** A name, address or security-code image, a PNG file. */
    public static BufferedImage decodePng(byte[] data) throws FaceImageException {
        requireSignature(data, PNG_SIGNATURE, "PNG");
        return decode(data, () -> {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            if (!readers.hasNext()) {
                throw new IOException("the JDK has no PNG reader");
            }
            return readers.next();
        }, "PNG");
    }

    /** A PNG file of {@code image}, encoded in memory (no cache file: it may be the holder's photo). */
    public static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private interface ReaderSource {
        ImageReader reader() throws IOException;
    }

    private static void requireSignature(byte[] data, byte[] signature, String format) throws FaceImageException {
        if (data.length > MAX_IMAGE_BYTES) {
            throw new FaceImageException("the " + format + " image has " + data.length + " bytes, more than "
                    + MAX_IMAGE_BYTES);
        }
        if (data.length < signature.length || !Arrays.equals(data, 0, signature.length, signature, 0, signature.length)) {
            throw new FaceImageException("the image is not a " + format + " file");
        }
    }

    private static BufferedImage decode(byte[] data, ReaderSource source, String format) throws FaceImageException {
        CompletableFuture<BufferedImage> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(read(data, source.reader(), format));
            } catch (Throwable t) { // the decoder's errors, whatever they are, become the caller's typed error
                result.completeExceptionally(t);
            }
        }, "mynacard-image-decoder");
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(DECODE_TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new FaceImageException("decoding the " + format + " image took more than "
                    + DECODE_TIME_LIMIT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FaceImageException typed) {
                throw typed;
            }
            throw new FaceImageException("the " + format + " image is malformed: " + cause, cause);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new FaceImageException("interrupted while decoding the " + format + " image", e);
        }
    }

    private static BufferedImage read(byte[] data, ImageReader reader, String format)
            throws IOException, FaceImageException {
        // In memory: a cache file would put the holder's photo on disk.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                throw new FaceImageException("the " + format + " image declares " + width + "×" + height
                        + " pixels; at most " + MAX_SIDE + " a side is accepted");
            }
            ImageTypeSpecifier type = reader.getRawImageType(0);
            if (type != null && type.getNumBands() > MAX_BANDS) {
                throw new FaceImageException("the " + format + " image declares " + type.getNumBands()
                        + " colour components; at most " + MAX_BANDS + " are accepted");
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new FaceImageException("the " + format + " image holds no picture");
            }
            return image;
        } finally {
            reader.dispose();
        }
    }
}
