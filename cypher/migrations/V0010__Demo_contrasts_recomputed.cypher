// The demonstration contrasts of seed-data/expression are computed again at the next start (the seed step runs
// when its record is gone), so that they carry what contrasts now record: the test and its options, the design
// variables as fitted, DESeq2's column descriptions and the samples' PCA (Contrast.samplePca).
MATCH (s:SeedFile {name: 'expression'})
DELETE s;
