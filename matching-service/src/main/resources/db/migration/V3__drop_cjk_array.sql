-- Chinese grams are matched as whole words of cjk_words (V2) for both the filter and the text
-- score; the array copy of the same grams is no longer read.
ALTER TABLE listing DROP COLUMN cjk_terms;
