# Unequal texts (issue #13): the Embassy translation of Khrushchev's letter of 8 June 1963 has
# only the first 9 sentences of the State Department's 61 (whose sentence 0 is the date line).
# Given first or second, each of the 9 pairs 1-1 with its counterpart, and the coverage summary
# names the stretch.
set(LETTERS "${PROJECT_SOURCE_DIR}/corpora/khrushchev-1963-06-08")
parallax_cli_test(partial_letter_first 0
                  --check "test $(grep -cE '^.([0-8]).:.([1-9]).:' stdout.txt) -eq 9"
                  --check "awk -F'[][]' '$2 != \"\" && $4 != \"\" && $4 != $2 + 1 { exit 1 }' stdout.txt"
                  --stderr "^parallax: warning: partial coverage: original covers translation sentences 2–10 of 61. 52 translation sentences have no counterpart \\(11–61\\)$"
                  -- align --format beads ${LETTERS}.en-embassy.partial.txt ${LETTERS}.en.txt)
parallax_cli_test(partial_letter_second 0
                  --check "test $(grep -cE '^.([1-9]).:.([0-8]).:' stdout.txt) -eq 9"
                  --check "awk -F'[][]' '$2 != \"\" && $4 != \"\" && $2 != $4 + 1 { exit 1 }' stdout.txt"
                  -- align --format beads ${LETTERS}.en.txt ${LETTERS}.en-embassy.partial.txt)
parallax_cli_test(partial_letter_json 0 --file-has out.json "^    \"partial\": true,$"
                  --file-has out.json "^      \"uncovered\": 52,$"
                  -- align --format json -o out.json ${LETTERS}.en.txt ${LETTERS}.en-embassy.partial.txt)

# A long gap in the middle: the UN Charter in Russian against the English without its
# paragraphs 60-90. The summary names the two covered stretches and the run between them.
set(CHARTER "${PROJECT_SOURCE_DIR}/corpora/un-charter")
parallax_cli_test(partial_gap_in_the_middle 0 --setup "sed 60,90d ${CHARTER}.en.txt > en.txt"
                  --stderr "^parallax: warning: partial coverage: translation covers original sentences 1–61, 97–419 of 419. 35 original sentences have no counterpart \\(62–96\\)$"
                  -- align --format beads ${CHARTER}.ru.txt en.txt)

# Two gaps (a translation that leaves out two passages): the English without its paragraphs
# 60-90 and, of what is left, 170-200. Both runs are named, and they split the covered stretch.
parallax_cli_test(partial_two_gaps 0 --setup "sed 60,90d ${CHARTER}.en.txt | sed 170,200d > en.txt"
                  --stderr "^parallax: warning: partial coverage: translation covers original sentences 1–61, 97–223, 259–419 of 419. 70 original sentences have no counterpart \\(62–96, 224–258\\)$"
                  -- align --format beads ${CHARTER}.ru.txt en.txt)

# A moved passage (#13 item 3): the English Charter with its lines 100-130 moved after line 300.
# The block is found and reported on stderr, aligned where it stands (every line of it paired
# with the Russian, target order crossing the rest), and marked in every format.
set(MOVE_BLOCK "sed -n 100,130p ${CHARTER}.en.txt > block && sed 100,130d ${CHARTER}.en.txt | sed '269r block' > en.txt")
parallax_cli_test(moved_passage_summary 0 --setup "${MOVE_BLOCK}"
                  --stderr "^parallax: note: 1 moved passage: original sentences 110–143 ↔ translation sentences 298–331$"
                  --check "test $(grep -c ':moved=1$' stdout.txt) -eq 34"
                  --check "! grep -q 'partial coverage' stderr.txt"
                  -- align --format beads ${CHARTER}.ru.txt en.txt)
parallax_cli_test(moved_passage_json 0 --setup "${MOVE_BLOCK}"
                  --check "test $(grep -c '^      .moved.: 1,$' out.json) -eq 34"
                  --check "grep -q '^          .first.: 297,$' out.json"
                  -- align --format json -o out.json ${CHARTER}.ru.txt en.txt)
parallax_cli_test(moved_passage_tsv_tmx 0 --setup "${MOVE_BLOCK}"
                  --check "test $(awk -F'\\t' 'NF == 8 && $8 == 1' stdout.txt | wc -l) -eq 34"
                  --check "test $(awk -F'\\t' 'NF != 8' stdout.txt | wc -l) -eq 0"
                  -- align --format tsv ${CHARTER}.ru.txt en.txt)
parallax_cli_test(moved_passage_tmx 0 --setup "${MOVE_BLOCK}"
                  --check "test $(grep -c '<prop type=\"x-moved\">1</prop>' stdout.txt) -eq 34"
                  -- align --format tmx ${CHARTER}.ru.txt en.txt)
parallax_cli_test(moved_passage_off 0 --setup "${MOVE_BLOCK}"
                  --check "! grep -q moved stdout.txt"
                  --stderr "partial coverage"
                  -- align --no-moved --format beads ${CHARTER}.ru.txt en.txt)

# No reliable alignment (#13 item 2): the UN Charter's first 20 Russian sentences against an
# unrelated English text (the letter of 8 June 1963) gave 10 beads, confidences 0.44-0.97, and
# no word of warning. The beads share no more links than sentences paired at random: align
# says so on stderr and in the JSON. Against the Charter's own English (an excerpt of it)
# there is no such warning, only the partial coverage.
parallax_cli_test(no_reliable_alignment 0 --setup "head -20 ${CHARTER}.ru.txt > ru.txt"
                  --stderr "^parallax: warning: no reliable alignment: [0-9]+% of the content of the paired sentences is linked by a dictionary or identical words, [0-9]+% in sentences paired at random. the beads follow sentence lengths only"
                  -- align --format beads ru.txt ${LETTERS}.en.txt)
parallax_cli_test(no_reliable_alignment_json 0 --setup "head -20 ${CHARTER}.ru.txt > ru.txt"
                  --file-has out.json "^    \"measured\": true,$"
                  --file-has out.json "^    \"reliable\": false$"
                  -- align --format json -o out.json ru.txt ${LETTERS}.en.txt)
parallax_cli_test(reliable_alignment_of_an_excerpt 0 --setup "head -20 ${CHARTER}.ru.txt > ru.txt"
                  --check "! grep -q 'no reliable alignment' stderr.txt"
                  --stderr "^parallax: warning: partial coverage: "
                  --file-has out.json "^    \"reliable\": true$"
                  -- align --format json -o out.json ru.txt ${CHARTER}.en.txt)
