/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.face;

import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Failures;
import dev.mynacard.cli.file.OutputFile;
import dev.mynacard.core.face.CardFace;
import dev.mynacard.core.face.FaceImageException;
import dev.mynacard.core.face.FaceImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the card face's files into a directory: {@code photo.jp2} as the chip stores it,
 * {@code photo.png}, {@code name.png}, {@code address.png} (decoded and re-encoded, so only images
 * that decode are written) and {@code card.png}. Every image is decoded before the first file is
 * written; each file is written atomically and readable by its owner only.
 */
public final class FaceFiles {
    private FaceFiles() {
    }

    private record File(String id, String name, byte[] content) {
    }

    /**
     * Decodes, composes and writes; returns the files written by id: {@code photo} (photo.jp2),
     * {@code photoPng}, {@code name}, {@code address}, {@code card}.
     */
    public static Map<String, Path> write(Path directory, CardFace face) throws CliException {
        List<File> files;
        try {
            BufferedImage photo = FaceImages.decodeJpeg2000(face.photo());
            BufferedImage name = FaceImages.decodePng(face.nameImage());
            BufferedImage address = FaceImages.decodePng(face.addressImage());
            BufferedImage card = CardPicture.compose(new CardPicture.Face(photo, name, address, face.birthDate(),
                    face.sex(), face.expiry()));
            files = List.of(new File("photo", "photo.jp2", face.photo()),
                    new File("photoPng", "photo.png", FaceImages.png(photo)),
                    new File("name", "name.png", FaceImages.png(name)),
                    new File("address", "address.png", FaceImages.png(address)),
                    new File("card", "card.png", FaceImages.png(card)));
        } catch (FaceImageException e) {
            throw new CliException(ExitCode.CARD_ERROR, e, "error.face-image", e.getMessage());
        }
        createDirectory(directory);
        Map<String, Path> written = new LinkedHashMap<>();
        for (File file : files) {
            Path target = directory.resolve(file.name());
            OutputFile.save(target, file.content());
            written.put(file.id(), target);
        }
        return written;
    }

    private static void createDirectory(Path directory) throws CliException {
        try {
            if (!Files.isDirectory(directory)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.FILE_ERROR, e, "error.write", directory.toString(), Failures.fileProblem(e));
        }
    }
}
