package org.gluegraph.pathway;

import java.io.IOException;

import org.gluegraph.security.ApiKeys;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/gene-sets}: a researcher's gene-set collection (multipart: {@code file}, a GMT; {@code collection};
 * {@code version}); CURATOR key. Answers 201 with how many of its genes map to HGNC.
 */
@RestController
@RequestMapping("/api/gene-sets")
class GeneSetController {

    private final GeneSetStore store;
    private final ApiKeys keys;

    GeneSetController(GeneSetStore store, ApiKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<GeneSetStore.Stored> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(value = "collection", required = false) String collection,
            @RequestParam(value = "version", required = false) String version,
            @RequestHeader(value = "Authorization", required = false) String authorization) throws IOException {
        var stored = store.store(keys.caller(authorization), collection, version, file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }
}
