package org.concord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConcordApplication {
    public static void main(String[] args) {
        SpringApplication.run(ConcordApplication.class, args);
    }
}
