package org.gluegraph.api;

import java.io.IOException;
import java.util.Map;

import org.gluegraph.expression.DatasetStore;
import org.gluegraph.expression.internal.DeseqInputException;
import org.gluegraph.expression.io.InputFileException;
import org.gluegraph.graph.BadInputException;
import org.gluegraph.graph.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Upload of RNA-seq counts and a sample sheet (multipart parts {@code counts} and {@code samples}). */
@RestController
@RequestMapping("/api/datasets")
class DatasetController {

    private final DatasetStore datasets;
    private final org.gluegraph.curation.security.ApiKeys keys;

    DatasetController(DatasetStore datasets, org.gluegraph.curation.security.ApiKeys keys) {
        this.datasets = datasets;
        this.keys = keys;
    }

    /** Uploads are writes: a CURATOR key is required. */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<DatasetStore.Dataset> upload(@RequestPart("counts") MultipartFile counts,
            @RequestPart("samples") MultipartFile samples,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Authorization", required = false)
            String authorization) throws IOException {
        keys.caller(authorization).require(org.gluegraph.curation.security.Role.CURATOR, "dataset upload");
        return ResponseEntity.status(HttpStatus.CREATED).body(datasets.store(counts.getOriginalFilename(),
                counts.getInputStream(), samples.getOriginalFilename(), samples.getInputStream()));
    }

    @GetMapping("/{id}")
    DatasetStore.Dataset get(@PathVariable String id,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Authorization", required = false)
            String authorization) {
        if (keys.requireKeyForReads()) {
            keys.caller(authorization).require(org.gluegraph.curation.security.Role.READER, "dataset look-up");
        }
        return datasets.get(id);
    }

    @ExceptionHandler({BadInputException.class, InputFileException.class, DeseqInputException.class,
            MissingServletRequestPartException.class})
    ResponseEntity<Map<String, String>> badInput(Exception e) {
        return ResponseEntity.badRequest().body(Map.of("classification", "BAD_REQUEST", "message", e.getMessage()));
    }

    @ExceptionHandler(org.gluegraph.curation.security.AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(org.gluegraph.curation.security.AccessDeniedException e) {
        return ResponseEntity.status(e.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED)
                .body(Map.of("classification", e.forbidden() ? "FORBIDDEN" : "UNAUTHORIZED", "message", e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("classification", "NOT_FOUND", "message", e.getMessage()));
    }
}
