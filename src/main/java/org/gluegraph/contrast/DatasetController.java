package org.gluegraph.contrast;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of RNA-seq counts and a sample sheet (multipart parts {@code counts} and {@code samples}). */
@RestController
@RequestMapping("/api/datasets")
class DatasetController {

    private final DatasetStore datasets;
    private final org.gluegraph.security.ApiKeys keys;

    DatasetController(DatasetStore datasets, org.gluegraph.security.ApiKeys keys) {
        this.datasets = datasets;
        this.keys = keys;
    }

    /** Uploads are writes: a CURATOR key is required. */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<DatasetStore.Dataset> upload(@RequestPart("counts") MultipartFile counts,
            @RequestPart("samples") MultipartFile samples,
            @org.springframework.web.bind.annotation.RequestParam(value = "round", required = false) String round,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Authorization", required = false)
            String authorization) throws IOException {
        keys.caller(authorization).require(org.gluegraph.security.Role.CURATOR, "dataset upload");
        return ResponseEntity.status(HttpStatus.CREATED).body(datasets.store(counts.getOriginalFilename(),
                counts.getInputStream(), samples.getOriginalFilename(), samples.getInputStream(), round(round)));
    }

    /** The form field {@code round}: estimated counts to round (true) or integer counts (false, the default). */
    private static boolean round(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new org.gluegraph.shared.BadInputException("round: expected true (the counts are estimates, to round "
                + "to integers) or false, got '" + org.gluegraph.shared.BadInputException.printable(value) + "'");
    }

    @GetMapping("/{id}")
    DatasetStore.Dataset get(@PathVariable String id,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Authorization", required = false)
            String authorization) {
        if (keys.requireKeyForReads()) {
            keys.caller(authorization).require(org.gluegraph.security.Role.READER, "dataset look-up");
        }
        return datasets.get(id);
    }
}
