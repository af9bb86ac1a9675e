CREATE TABLE tally (
    name  TEXT PRIMARY KEY,
    count INT NOT NULL
);
