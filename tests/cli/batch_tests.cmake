# Tests of `parallax batch` (label "cli"), included from tests/cli/CMakeLists.txt.
# Flag and manifest errors go through run_cli_test.sh; the runs that compare several batch
# runs with each other go through batch_test.sh CASE, on four documents of the bible-ru-en
# evaluation set (../shared, through PARALLAX_SHARED_DIR).
set(PARALLAX_BIBLE "${PARALLAX_SHARED_DIR}/eval/data/bible-ru-en")

# --- flags: 64.
parallax_cli_test(batch_help 0 --stdout "--shard" --stdout "--resume" --stdout "--jobs"
                  -- batch --help)
parallax_cli_test(batch_format_needs_output_dir 64 --setup "printf 'a\\tb\\n' > m.tsv"
                  --stderr "^parallax: error: --format tsv .*needs --output-dir" --
                  batch --format tsv m.tsv)
parallax_cli_test(batch_resume_needs_output_dir 64 --setup "printf 'a\\tb\\n' > m.tsv"
                  --stderr "^parallax: error: --resume .*needs --output-dir" --
                  batch --resume m.tsv)
parallax_cli_test(batch_bad_shard 64 --setup "printf 'a\\tb\\n' > m.tsv"
                  --stderr "^parallax: error: --shard '3/2': expected K/N with 1 <= K <= N" --
                  batch --shard 3/2 m.tsv)
parallax_cli_test(batch_bad_shard_zero 64 --setup "printf 'a\\tb\\n' > m.tsv"
                  --stderr "^parallax: error: --shard '0/2'" -- batch --shard 0/2 m.tsv)

# --- the manifest: 66 when it cannot be opened, 65 naming the line when it is malformed.
parallax_cli_test(batch_missing_manifest 66
                  --stderr "^parallax: error: nope\\.tsv: no such file" -- batch nope.tsv)
parallax_cli_test(batch_manifest_one_column 65
                  --setup "printf '# pairs\\na\\tb\\n\\nonly-one-column\\n' > m.tsv"
                  --stderr "^parallax: error: m\\.tsv:4: no TAB between source and target"
                  -- batch m.tsv)
parallax_cli_test(batch_manifest_from_without_to 65
                  --setup "printf 'a\\tb\\tx\\tru\\n' > m.tsv"
                  --stderr "^parallax: error: m\\.tsv:1: FROM is given without TO" -- batch m.tsv)
parallax_cli_test(batch_manifest_duplicate_id 65
                  --setup "printf 'a\\tb\\tx\\nc\\td\\tx\\n' > m.tsv"
                  --stderr "^parallax: error: m\\.tsv:2: id 'x' is already used on line 1" --
                  batch m.tsv)
parallax_cli_test(batch_manifest_bad_id 65 --setup "printf 'a\\tb\\tx/y\\n' > m.tsv"
                  --stderr "^parallax: error: m\\.tsv:1: the id contains '/'" -- batch m.tsv)
parallax_cli_test(batch_manifest_empty 65 --setup "printf '# nothing\\n\\n' > m.tsv"
                  --stderr "^parallax: error: m\\.tsv: no document pair in the manifest" --
                  batch m.tsv)
parallax_cli_test(batch_manifest_stdin_twice 65 --setup "printf -- '-\\tb\\nc\\t-\\n' > m.tsv"
                  --stderr "^parallax: error: m\\.tsv:2: '-' \\(stdin\\) can be read only once" --
                  batch m.tsv)
parallax_cli_test(batch_output_dir_is_file 73 --setup "printf 'a\\tb\\n' > m.tsv && : > out"
                  --stderr "^parallax: error: out: cannot create outputs in it" --
                  batch --output-dir out m.tsv)

# --- runs: batch_test.sh CASE PARALLAX BIBLE_DIR.
foreach(case summary relative_paths jobs shards resume stdin_manifest sigint sigint_twice sigterm
             sigint_ignored)
  add_test(NAME cli.batch_${case}
           COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/batch_test.sh" ${case}
                   $<TARGET_FILE:parallax> "${PARALLAX_BIBLE}")
  set_tests_properties(cli.batch_${case} PROPERTIES LABELS cli SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
